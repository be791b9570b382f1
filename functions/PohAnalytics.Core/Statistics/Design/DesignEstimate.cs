namespace PohAnalytics.Core.Statistics.Design;

/// <summary>A design-based estimate (weighted mean or proportion) with its linearised standard error.</summary>
/// <param name="Estimate">The estimate; null when no respondent in the domain has a positive weight.</param>
/// <param name="StandardError">Linearised standard error; null with the estimate.</param>
/// <param name="N">Respondents in the domain (with a value).</param>
/// <param name="SumOfWeights">Σw over the domain.</param>
public sealed record DesignEstimate(double? Estimate, double? StandardError, int N, double SumOfWeights)
{
    /// <summary>Normal interval estimate ± z·SE, as <c>confint(svymean(...))</c>; null when undefined.</summary>
    /// <param name="level">Confidence level.</param>
    public ConfidenceInterval? Interval(double level = 0.95)
    {
        StatisticsGuard.ConfidenceLevel(level, nameof(level));
        if (Estimate is not { } estimate || StandardError is not { } se) return null;
        var margin = StatisticsGuard.NormalCritical(level) * se;
        return new ConfidenceInterval(estimate - margin, estimate + margin, level);
    }
}
