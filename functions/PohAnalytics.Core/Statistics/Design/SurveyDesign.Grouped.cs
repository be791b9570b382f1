using MathNet.Numerics.LinearAlgebra;

namespace PohAnalytics.Core.Statistics.Design;

// Estimates of a design without strata whose influence value is w_i · (a(level_i) − shift(raking cell_i)): a proportion
// (levels: no, yes) and category totals (levels: the categories). The estimate, the residuals on the margins and the
// covariance follow from Σw, Σw², the counts and the positive weights per level and cell, in one pass over the
// respondents. The formulas are those of the pass per respondent, summed in another order.
public sealed partial class SurveyDesign
{
    private DesignEstimate ProportionByGroups(IReadOnlyList<bool?> member)
    {
        var array = member as bool?[];
        var sums = GroupSums(2, i => (array is null ? member[i] : array[i]) switch { null => -1, false => 0, true => 1 });
        var (sum, weighted, count) = (0.0, 0.0, 0);
        for (var c = 0; c < sums.Cells; c++)
        {
            sum += sums.W[sums.Group(0, c)] + sums.W[sums.Group(1, c)];
            weighted += sums.W[sums.Group(1, c)];
            count += sums.Counts[sums.Group(0, c)] + sums.Counts[sums.Group(1, c)];
        }
        if (!(sum > 0)) return new DesignEstimate(null, null, count, 0);
        var p = weighted / sum;
        double Influence(int level) => level switch { 0 => (0 - p) / sum, 1 => (1 - p) / sum, _ => 0 };
        var shift = Shifts(sums, Influence);
        var variance = Covariance(sums, Influence, shift, Influence, shift);
        return new DesignEstimate(p, Math.Sqrt(Math.Max(0, variance)), count, sum);
    }

    private (Vector<double> Totals, Matrix<double> Covariance) TotalsByGroups(int[] levelOf, int[] first)
    {
        var levels = first.Length;
        var sums = GroupSums(levels, i => levelOf[i]);
        var totals = new double[levels];
        var influence = new Func<int, double>[levels];
        var shifts = new double[levels][];
        for (var j = 0; j < levels; j++)
        {
            var level = first[j];
            for (var c = 0; c < sums.Cells; c++) totals[j] += sums.W[sums.Group(level, c)];
            influence[j] = l => l == level ? 1 : 0;
            shifts[j] = Shifts(sums, influence[j]);
        }
        var covariance = Matrix<double>.Build.Dense(levels, levels);
        for (var a = 0; a < levels; a++)
            for (var b = a; b < levels; b++)
                covariance[a, b] = covariance[b, a] = Covariance(sums, influence[a], shifts[a], influence[b], shifts[b]);
        return (Vector<double>.Build.Dense(totals), covariance);
    }

    // Per group (level + 1) · cells + cell, level −1 being outside every level: respondents, those with a positive
    // weight, Σw and Σw².
    private sealed record LevelCellSums(int Cells, int[] Counts, int[] Positive, double[] W, double[] W2)
    {
        public int Group(int level, int cell) => ((level + 1) * Cells) + cell;

        public int LevelOf(int group) => (group / Cells) - 1;
    }

    private LevelCellSums GroupSums(int levels, Func<int, int> levelOf)
    {
        var (cellOf, cells, _) = _margins.Count > 0 ? _rakingCells.Value : (null, [[]], []);
        var groups = (levels + 1) * cells.Length;
        var sums = new LevelCellSums(cells.Length, new int[groups], new int[groups], new double[groups], new double[groups]);
        for (var i = 0; i < N; i++)
        {
            var g = sums.Group(levelOf(i), cellOf is null ? 0 : cellOf[i]);
            var w = _weights[i];
            sums.Counts[g]++;
            if (w > 0) sums.Positive[g]++;
            sums.W[g] += w;
            sums.W2[g] += w * w;
        }
        return sums;
    }

    // The margin residual per cell of an influence a(level), as RemoveMarginMeans finds it per respondent.
    private double[] Shifts(LevelCellSums sums, Func<int, double> influence)
    {
        if (_margins.Count == 0) return new double[sums.Cells];
        var cellSums = new double[sums.Cells];
        var cellPositive = new double[sums.Cells];
        var cellCounts = new int[sums.Cells];
        for (var g = 0; g < sums.Counts.Length; g++)
        {
            var c = g % sums.Cells;
            cellSums[c] += influence(sums.LevelOf(g)) * sums.Positive[g];
            cellPositive[c] += sums.Positive[g];
            cellCounts[c] += sums.Counts[g];
        }
        return MarginShifts(cellSums, cellPositive, cellCounts);
    }

    // N/(N − 1) Σ_i (z_ia − z̄_a)(z_ib − z̄_b) with z_i = w_i · (a(level) − shift(cell)), from the sums per group.
    private double Covariance(LevelCellSums sums, Func<int, double> a, double[] shiftA, Func<int, double> b, double[] shiftB)
    {
        double Z(Func<int, double> influence, double[] shift, int g) => influence(sums.LevelOf(g)) - shift[g % sums.Cells];
        double meanA = 0, meanB = 0;
        for (var g = 0; g < sums.Counts.Length; g++)
        {
            meanA += Z(a, shiftA, g) * sums.W[g];
            meanB += Z(b, shiftB, g) * sums.W[g];
        }
        (meanA, meanB) = (meanA / N, meanB / N);
        var total = 0.0;
        for (var g = 0; g < sums.Counts.Length; g++)
        {
            var (za, zb) = (Z(a, shiftA, g), Z(b, shiftB, g));
            total += (za * zb * sums.W2[g]) - (meanB * za * sums.W[g]) - (meanA * zb * sums.W[g]) + (meanA * meanB * sums.Counts[g]);
        }
        return N >= 2 ? total * (N / (N - 1.0)) : 0;
    }
}
