using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace PohAnalytics.Core.Statistics.Design;

/// <summary>
/// Design-based chi-square goodness of fit of a weighted sample's distribution against given proportions (a benchmark),
/// as R's <c>survey::svygofchisq</c>: Pearson X² of the weighted totals T against p·ΣT, referred to a scaled chi-square
/// (Satterthwaite / Rao–Scott second order) whose scale and df come from the eigenvalues λ of the linearised covariance of
/// (T_j − p_j·ΣT)/√(p_j·ΣT): scale = mean(λ²)/mean(λ), df = k·mean(λ)²/mean(λ²). Respondents in categories the benchmark
/// did not measure are outside the domain.
/// </summary>
/// <param name="Categories">Categories tested, in the order of the proportions.</param>
/// <param name="ChiSquare">Pearson X² on the weighted totals (weights summing to the sample size give counts).</param>
/// <param name="Scale">Satterthwaite scale.</param>
/// <param name="DegreesOfFreedom">Satterthwaite degrees of freedom (not an integer in general).</param>
/// <param name="PValue">P(χ²_df &gt; X²/scale).</param>
/// <param name="Eigenvalues">λ, largest first.</param>
/// <param name="MinimumExpectedCount">Smallest p_j·ΣT.</param>
public sealed record RaoScottGoodnessOfFit(
    IReadOnlyList<string> Categories,
    double ChiSquare,
    double Scale,
    double DegreesOfFreedom,
    double PValue,
    IReadOnlyList<double> Eigenvalues,
    double MinimumExpectedCount)
{
    /// <summary>Tests the design's distribution of <paramref name="categories"/> against <paramref name="proportions"/>.</summary>
    /// <param name="design">The (raked) design.</param>
    /// <param name="categories">Per respondent category; null or an unlisted category is outside the domain.</param>
    /// <param name="proportions">Category → benchmark share (any positive scale; normalised to sum 1).</param>
    /// <exception cref="ArgumentException">Fewer than two categories, a share ≤ 0, or an empty domain.</exception>
    public static RaoScottGoodnessOfFit Compute(SurveyDesign design, IReadOnlyList<string?> categories, IReadOnlyDictionary<string, double> proportions)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(proportions);
        if (proportions.Count < 2) throw new ArgumentException("A goodness-of-fit test needs at least two categories.", nameof(proportions));
        if (proportions.Values.Any(v => !(double.IsFinite(v) && v > 0)))
            throw new ArgumentException("Benchmark shares must be finite and > 0.", nameof(proportions));
        var levels = proportions.Keys.ToList();
        var sumP = proportions.Values.Sum();
        var p = Vector<double>.Build.DenseOfEnumerable(levels.Select(l => proportions[l] / sumP));
        var (totals, covariance) = design.Totals(categories, levels);
        var n = totals.Sum();
        if (!(n > 0)) throw new ArgumentException("No respondent falls in the benchmark's categories.", nameof(categories));

        var k = levels.Count;
        var expected = p * n;
        var chiSquare = Enumerable.Range(0, k).Sum(j => (totals[j] - expected[j]) * (totals[j] - expected[j]) / expected[j]);
        // Delta method for g_j = (T_j − p_j N)/√(p_j N), N = ΣT.
        var jacobian = Matrix<double>.Build.Dense(k, k, (j, m) =>
            (((j == m ? 1 : 0) - p[j]) / Math.Sqrt(expected[j])) - (0.5 * (totals[j] - expected[j]) * p[j] / Math.Pow(expected[j], 1.5)));
        var g = jacobian * covariance * jacobian.Transpose();
        var lambda = g.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).OrderDescending().ToArray();
        var meanLambda = lambda.Average();
        var meanSquare = lambda.Average(l => l * l);
        var scale = meanSquare / meanLambda;
        var df = k * meanLambda * meanLambda / meanSquare;
        var pValue = SpecialFunctions.GammaUpperRegularized(df / 2, chiSquare / scale / 2);
        return new RaoScottGoodnessOfFit(levels, chiSquare, scale, df, pValue, lambda, expected.Minimum());
    }
}
