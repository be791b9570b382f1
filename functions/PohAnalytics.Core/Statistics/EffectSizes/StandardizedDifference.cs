namespace PohAnalytics.Core.Statistics.EffectSizes;

/// <summary>
/// Standardized mean difference (SMD): the difference divided by a pooled-by-average standard deviation.
/// For proportions (p1 − p2)/√((p1(1−p1) + p2(1−p2))/2); for means (m1 − m2)/√((s1² + s2²)/2); and, when a
/// benchmark publishes no SD, (m1 − m2)/s1 using the sample SD only, flagged by <see cref="UsesSampleSdOnly"/>.
/// </summary>
/// <param name="Difference">Raw difference (p1 − p2 or m1 − m2).</param>
/// <param name="StandardizingSd">The denominator; 0 when both groups have no variation.</param>
/// <param name="Value">The SMD; <c>null</c> when the denominator is 0 (undefined).</param>
/// <param name="UsesSampleSdOnly">Whether only the sample's SD was used because the benchmark SD is unknown.</param>
public sealed record StandardizedDifference(double Difference, double StandardizingSd, double? Value, bool UsesSampleSdOnly)
{
    /// <summary>|SMD| below this value is conventionally read as balanced.</summary>
    public const double BalanceThreshold = 0.1;

    /// <summary>Whether the SMD is defined.</summary>
    public bool IsDefined => Value.HasValue;

    /// <summary>Whether |SMD| &lt; 0.1; <c>null</c> when undefined.</summary>
    public bool? IsBalanced => Value is { } v ? Math.Abs(v) < BalanceThreshold : null;

    /// <summary>Conventional band of |SMD|; <c>null</c> when undefined.</summary>
    public EffectSizeBand? Band => Value is { } v ? EffectSizeBands.Classify(v) : null;

    /// <summary>SMD for two proportions.</summary>
    /// <param name="p1">First proportion, in [0, 1].</param>
    /// <param name="p2">Second proportion, in [0, 1].</param>
    /// <returns>The SMD; undefined when both proportions are 0 or 1.</returns>
    public static StandardizedDifference ForProportions(double p1, double p2)
    {
        StatisticsGuard.Proportion(p1, nameof(p1));
        StatisticsGuard.Proportion(p2, nameof(p2));
        return Create(p1 - p2, Math.Sqrt(((p1 * (1 - p1)) + (p2 * (1 - p2))) / 2), false);
    }

    /// <summary>SMD for two means with known SDs.</summary>
    /// <param name="mean1">Mean of group 1.</param>
    /// <param name="sd1">SD of group 1, ≥ 0.</param>
    /// <param name="mean2">Mean of group 2.</param>
    /// <param name="sd2">SD of group 2, ≥ 0.</param>
    /// <returns>The SMD; undefined when both SDs are 0.</returns>
    public static StandardizedDifference ForMeans(double mean1, double sd1, double mean2, double sd2)
    {
        StatisticsGuard.Finite(mean1, nameof(mean1));
        StatisticsGuard.Finite(mean2, nameof(mean2));
        StatisticsGuard.NonNegative(sd1, nameof(sd1));
        StatisticsGuard.NonNegative(sd2, nameof(sd2));
        return Create(mean1 - mean2, Math.Sqrt(((sd1 * sd1) + (sd2 * sd2)) / 2), false);
    }

    /// <summary>SMD for two means when only the sample SD is known (benchmark publishes mean without SD).</summary>
    /// <param name="sampleMean">Sample mean.</param>
    /// <param name="sampleSd">Sample SD, ≥ 0.</param>
    /// <param name="benchmarkMean">Benchmark mean.</param>
    /// <returns>The SMD, flagged <see cref="UsesSampleSdOnly"/>; undefined when the sample SD is 0.</returns>
    public static StandardizedDifference ForMeansUsingSampleSd(double sampleMean, double sampleSd, double benchmarkMean)
    {
        StatisticsGuard.Finite(sampleMean, nameof(sampleMean));
        StatisticsGuard.Finite(benchmarkMean, nameof(benchmarkMean));
        StatisticsGuard.NonNegative(sampleSd, nameof(sampleSd));
        return Create(sampleMean - benchmarkMean, sampleSd, true);
    }

    private static StandardizedDifference Create(double difference, double sd, bool sampleSdOnly) =>
        new(difference, sd, sd > 0 ? difference / sd : null, sampleSdOnly);
}
