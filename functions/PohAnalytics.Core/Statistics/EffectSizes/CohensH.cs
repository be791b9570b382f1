namespace PohAnalytics.Core.Statistics.EffectSizes;

/// <summary>Cohen's h, the difference between two proportions on the arcsine-square-root scale: 2·asin√p1 − 2·asin√p2.</summary>
/// <param name="Proportion1">First proportion (usually the sample).</param>
/// <param name="Proportion2">Second proportion (usually the benchmark).</param>
/// <param name="Value">h; positive when p1 &gt; p2.</param>
public sealed record CohensH(double Proportion1, double Proportion2, double Value)
{
    /// <summary>Conventional band of |h|.</summary>
    public EffectSizeBand Band => EffectSizeBands.Classify(Value);

    /// <summary>Computes Cohen's h; defined for all proportions including 0 and 1.</summary>
    /// <param name="p1">First proportion, in [0, 1].</param>
    /// <param name="p2">Second proportion, in [0, 1].</param>
    /// <returns>h and its band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A proportion outside [0, 1].</exception>
    public static CohensH Compute(double p1, double p2)
    {
        StatisticsGuard.Proportion(p1, nameof(p1));
        StatisticsGuard.Proportion(p2, nameof(p2));
        return new CohensH(p1, p2, (2 * Math.Asin(Math.Sqrt(p1))) - (2 * Math.Asin(Math.Sqrt(p2))));
    }
}
