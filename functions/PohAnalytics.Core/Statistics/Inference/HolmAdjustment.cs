namespace PohAnalytics.Core.Statistics.Inference;

/// <summary>
/// Holm's step-down adjustment of p-values for a family of tests, as R's <c>p.adjust(p, "holm")</c>: sorted ascending,
/// p_(i) is multiplied by (m − i + 1), made non-decreasing, and capped at 1. Controls the family-wise error rate.
/// </summary>
public static class HolmAdjustment
{
    /// <summary>Adjusted p-values in the input order.</summary>
    /// <param name="pValues">Raw p-values in [0, 1].</param>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        foreach (var p in pValues) StatisticsGuard.Proportion(p, nameof(pValues));
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[m];
        var running = 0.0;
        for (var rank = 0; rank < m; rank++)
        {
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }
}
