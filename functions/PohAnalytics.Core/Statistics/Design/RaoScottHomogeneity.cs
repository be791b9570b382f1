using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace PohAnalytics.Core.Statistics.Design;

/// <summary>
/// Design-based test of homogeneity of a categorical variable between two (or more) data sets stacked into one design
/// (strata = data set), as R's <c>survey::svychisq(~dataset + variable, design, statistic = "F")</c>: the Pearson X² of the
/// weighted table scaled to the number of rows, divided by the mean generalised design effect tr(Δ), referred to
/// F(d₀, d₀·ν) with d₀ = tr(Δ)²/tr(Δ²) and ν = rows − strata (Rao–Scott second-order correction).
/// </summary>
/// <param name="Categories">Categories tested (those present), sorted ordinally as R's factor levels.</param>
/// <param name="PearsonChiSquare">Pearson X² of the weighted table scaled to the row count.</param>
/// <param name="F">X²/tr(Δ).</param>
/// <param name="NumeratorDf">d₀.</param>
/// <param name="DenominatorDf">d₀·ν.</param>
/// <param name="PValue">P(F(d₀, d₀ν) &gt; F).</param>
public sealed record RaoScottHomogeneity(
    IReadOnlyList<string> Categories, double PearsonChiSquare, double F, double NumeratorDf, double DenominatorDf, double PValue)
{
    /// <summary>Tests whether <paramref name="categories"/> is distributed alike in every group.</summary>
    /// <param name="design">The stacked design (usually <see cref="SurveyDesign.Weighted"/> with strata = group).</param>
    /// <param name="groups">Per row its data set.</param>
    /// <param name="categories">Per row its category; rows with null are left out of the table (a domain).</param>
    /// <exception cref="ArgumentException">Fewer than two groups or categories.</exception>
    public static RaoScottHomogeneity Compute(SurveyDesign design, IReadOnlyList<string> groups, IReadOnlyList<string?> categories)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(categories);
        var rowLevels = groups.Where((_, i) => categories[i] is not null).Distinct().Order(StringComparer.Ordinal).ToList();
        var colLevels = categories.OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        int nr = rowLevels.Count, nc = colLevels.Count;
        if (nr < 2 || nc < 2) throw new ArgumentException("A test of homogeneity needs at least two groups and two categories.", nameof(categories));

        // Cells in R's interaction order: the group varies fastest.
        var cells = Enumerable.Range(0, nr * nc).Select(c => $"{c % nr}\u0001{c / nr}").ToList();
        var cellOf = Enumerable.Range(0, groups.Count).Select(i => categories[i] is { } c
            ? $"{rowLevels.IndexOf(groups[i])}\u0001{colLevels.IndexOf(c)}" : null).ToArray();
        var (means, v) = design.Means(cellOf, cells);
        var rows = cellOf.Count(c => c is not null);

        var x1 = Matrix<double>.Build.Dense(nr * nc, nr + nc - 1, (c, j) =>
            j == 0 ? 1 : j < nr ? (c % nr == j ? 1 : 0) : (c / nr == j - nr + 1 ? 1 : 0));
        var interaction = Matrix<double>.Build.Dense(nr * nc, (nr - 1) * (nc - 1), (c, j) =>
            c % nr == (j % (nr - 1)) + 1 && c / nr == (j / (nr - 1)) + 1 ? 1 : 0);
        var contrast = interaction - (x1 * x1.QR().Solve(interaction));
        var inverseD = Matrix<double>.Build.DiagonalOfDiagonalVector(means.Map(m => m == 0 ? 0 : 1 / m));
        var denominator = contrast.TransposeThisAndMultiply(inverseD / rows) * contrast;
        var numerator = contrast.TransposeThisAndMultiply(inverseD * v * inverseD) * contrast;
        var delta = denominator.Solve(numerator);
        var trace = delta.Trace();
        var d0 = trace * trace / (delta * delta).Trace();
        var nu = design.DegreesOfFreedom;

        var table = Matrix<double>.Build.Dense(nr, nc, (r, c) => means[(c * nr) + r] * rows);
        var chiSquare = Pearson(table);
        var f = chiSquare / trace;
        var ddf = d0 * nu;
        // Upper tail of F through the regularised incomplete beta, precise for small p.
        var pValue = SpecialFunctions.BetaRegularized(ddf / 2, d0 / 2, ddf / (ddf + (d0 * f)));
        return new RaoScottHomogeneity(colLevels, chiSquare, f, d0, ddf, pValue);
    }

    private static double Pearson(Matrix<double> table)
    {
        var total = table.RowSums().Sum();
        var rowSums = table.RowSums();
        var colSums = table.ColumnSums();
        var sum = 0.0;
        for (var r = 0; r < table.RowCount; r++)
            for (var c = 0; c < table.ColumnCount; c++)
            {
                var expected = rowSums[r] * colSums[c] / total;
                if (expected > 0) sum += (table[r, c] - expected) * (table[r, c] - expected) / expected;
            }
        return sum;
    }
}
