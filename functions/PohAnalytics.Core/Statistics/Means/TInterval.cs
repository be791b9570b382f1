namespace PohAnalytics.Core.Statistics.Means;

/// <summary>Student t confidence interval for a mean from its summary (mean, SD, n), as R's one-sample <c>t.test</c>.</summary>
/// <param name="Mean">Sample mean.</param>
/// <param name="StandardDeviation">Sample SD (n − 1 denominator).</param>
/// <param name="N">Sample size (may be an effective n for weighted data).</param>
/// <param name="StandardError">SD/√n; <c>null</c> when n &lt; 2.</param>
/// <param name="DegreesOfFreedom">n − 1; <c>null</c> when n &lt; 2.</param>
/// <param name="Interval">The t interval; <c>null</c> when n &lt; 2 (no spread can be estimated).</param>
/// <param name="ConfidenceLevel">Confidence level used.</param>
public sealed record TInterval(
    double Mean,
    double StandardDeviation,
    double N,
    double? StandardError,
    double? DegreesOfFreedom,
    ConfidenceInterval? Interval,
    double ConfidenceLevel)
{
    /// <summary>Whether an interval exists (n ≥ 2).</summary>
    public bool IsDefined => Interval.HasValue;

    /// <summary>Computes the t interval from a summary.</summary>
    /// <param name="mean">Sample mean.</param>
    /// <param name="standardDeviation">Sample SD, ≥ 0.</param>
    /// <param name="n">Sample size, ≥ 0; below 2 the result is undefined rather than an exception.</param>
    /// <param name="confidenceLevel">Confidence level strictly between 0 and 1.</param>
    /// <returns>The interval, or an undefined result when n &lt; 2.</returns>
    public static TInterval Compute(double mean, double standardDeviation, double n, double confidenceLevel = 0.95)
    {
        StatisticsGuard.NonNegative(standardDeviation, nameof(standardDeviation));
        StatisticsGuard.NonNegative(n, nameof(n));
        StatisticsGuard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
        if (n < 2)
        {
            return new TInterval(mean, standardDeviation, n, null, null, null, confidenceLevel);
        }

        StatisticsGuard.Finite(mean, nameof(mean));
        var se = standardDeviation / Math.Sqrt(n);
        var df = n - 1;
        var margin = StatisticsGuard.StudentTCritical(confidenceLevel, df) * se;
        return new TInterval(mean, standardDeviation, n, se, df, new ConfidenceInterval(mean - margin, mean + margin, confidenceLevel), confidenceLevel);
    }
}
