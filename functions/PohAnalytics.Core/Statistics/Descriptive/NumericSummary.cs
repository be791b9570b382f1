using MathNet.Numerics.Statistics;

namespace PohAnalytics.Core.Statistics.Descriptive;

/// <summary>
/// Unweighted summary of a numeric variable: n, mean, SD (n − 1 denominator), median, minimum and maximum.
/// Missing values (<c>null</c> or NaN) are excluded and counted in <see cref="MissingCount"/>.
/// </summary>
/// <param name="N">Number of non-missing values.</param>
/// <param name="MissingCount">Number of missing values excluded.</param>
/// <param name="Mean">Mean; <c>null</c> when N = 0.</param>
/// <param name="StandardDeviation">Sample SD; <c>null</c> when N &lt; 2.</param>
/// <param name="Median">Median (average of the two middle values when N is even); <c>null</c> when N = 0.</param>
/// <param name="Min">Minimum; <c>null</c> when N = 0.</param>
/// <param name="Max">Maximum; <c>null</c> when N = 0.</param>
public sealed record NumericSummary(int N, int MissingCount, double? Mean, double? StandardDeviation, double? Median, double? Min, double? Max)
{
    /// <summary>Summarises values, treating NaN as missing.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The summary; all statistics <c>null</c> for empty or all-missing input.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is infinite.</exception>
    public static NumericSummary Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Of(values.Select(v => double.IsNaN(v) ? (double?)null : v));
    }

    /// <summary>Summarises values, treating <c>null</c> and NaN as missing.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The summary; all statistics <c>null</c> for empty or all-missing input.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is infinite.</exception>
    public static NumericSummary Of(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = new List<double>();
        var missing = 0;
        foreach (var value in values)
        {
            if (value is not { } v || double.IsNaN(v))
            {
                missing++;
                continue;
            }

            StatisticsGuard.Finite(v, nameof(values));
            present.Add(v);
        }

        var sorted = present.ToArray();
        Array.Sort(sorted);
        return OfSorted(sorted, missing);
    }

    /// <summary>
    /// Summarises a column already ranked (<see cref="ValueRanks"/>; a curated column keeps its ranks), so nothing is
    /// sorted again: the sorted values are laid out from the count of each distinct value.
    /// </summary>
    /// <param name="ranks">The column's distinct values and each row's rank.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is infinite.</exception>
    internal static NumericSummary Of(ValueRanks ranks)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        foreach (var v in ranks.Distinct) StatisticsGuard.Finite(v, "values");
        var counts = ranks.Counts();
        var sorted = new double[counts.Sum()];
        var at = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            Array.Fill(sorted, ranks.Distinct[k], at, counts[k]);
            at += counts[k];
        }
        return OfSorted(sorted, ranks.Rank.Length - sorted.Length);
    }

    private static NumericSummary OfSorted(double[] sorted, int missing)
    {
        if (sorted.Length == 0)
        {
            return new NumericSummary(0, missing, null, null, null, null, null);
        }

        var mean = sorted.Mean();
        double? sd = sorted.Length >= 2 ? sorted.StandardDeviation() : null;
        return new NumericSummary(sorted.Length, missing, mean, sd, SortedArrayStatistics.Median(sorted), sorted[0], sorted[^1]);
    }
}
