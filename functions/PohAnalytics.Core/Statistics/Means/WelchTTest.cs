namespace PohAnalytics.Core.Statistics.Means;

/// <summary>
/// Welch two-sample t-test from two summaries (mean, SD, n), with Welch–Satterthwaite degrees of freedom and a
/// two-sided p-value, as R's <c>t.test(x, y)</c> (default <c>var.equal = FALSE</c>).
/// </summary>
/// <param name="MeanDifference">mean1 − mean2.</param>
/// <param name="StandardError">√(s1²/n1 + s2²/n2); <c>null</c> when undefined.</param>
/// <param name="T">t statistic; <c>null</c> when undefined.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite df; <c>null</c> when undefined.</param>
/// <param name="PValue">Two-sided p-value; <c>null</c> when undefined.</param>
/// <param name="DifferenceInterval">Interval of the difference; <c>null</c> when undefined.</param>
/// <param name="UndefinedReason">Why the test is undefined, or <c>null</c>.</param>
public sealed record WelchTTest(
    double MeanDifference,
    double? StandardError,
    double? T,
    double? DegreesOfFreedom,
    double? PValue,
    ConfidenceInterval? DifferenceInterval,
    string? UndefinedReason)
{
    /// <summary>Whether t, df and p are defined.</summary>
    public bool IsDefined => T.HasValue;

    /// <summary>Runs the test from summaries.</summary>
    /// <param name="mean1">Mean of group 1.</param>
    /// <param name="sd1">SD of group 1 (n − 1 denominator), ≥ 0.</param>
    /// <param name="n1">Size of group 1.</param>
    /// <param name="mean2">Mean of group 2.</param>
    /// <param name="sd2">SD of group 2, ≥ 0.</param>
    /// <param name="n2">Size of group 2.</param>
    /// <param name="confidenceLevel">Confidence level of the difference interval.</param>
    /// <returns>The test; undefined (with a reason) when a group has n &lt; 2 or both SDs are 0.</returns>
    public static WelchTTest Compute(double mean1, double sd1, double n1, double mean2, double sd2, double n2, double confidenceLevel = 0.95)
    {
        StatisticsGuard.Finite(mean1, nameof(mean1));
        StatisticsGuard.Finite(mean2, nameof(mean2));
        StatisticsGuard.NonNegative(sd1, nameof(sd1));
        StatisticsGuard.NonNegative(sd2, nameof(sd2));
        StatisticsGuard.NonNegative(n1, nameof(n1));
        StatisticsGuard.NonNegative(n2, nameof(n2));
        StatisticsGuard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));

        var difference = mean1 - mean2;
        if (n1 < 2 || n2 < 2)
        {
            return Undefined(difference, "Each group needs at least 2 observations to estimate its variance.");
        }

        var v1 = sd1 * sd1 / n1;
        var v2 = sd2 * sd2 / n2;
        var se = Math.Sqrt(v1 + v2);
        if (se == 0)
        {
            return Undefined(difference, "Both groups have SD 0: the t statistic is undefined.");
        }

        var df = (v1 + v2) * (v1 + v2) / ((v1 * v1 / (n1 - 1)) + (v2 * v2 / (n2 - 1)));
        var t = difference / se;
        var margin = StatisticsGuard.StudentTCritical(confidenceLevel, df) * se;
        return new WelchTTest(
            difference,
            se,
            t,
            df,
            StatisticsGuard.TwoSidedStudentTP(t, df),
            new ConfidenceInterval(difference - margin, difference + margin, confidenceLevel),
            null);
    }

    private static WelchTTest Undefined(double difference, string reason) => new(difference, null, null, null, null, null, reason);
}
