namespace PohAnalytics.Core.Statistics.Descriptives;

/// <summary>Summary of a numeric variable over its valid values (weighted when the descriptives are weighted).</summary>
/// <param name="N">Respondents with a value; null when withheld.</param>
/// <param name="Mean">Mean; null when N = 0 or withheld.</param>
/// <param name="StandardDeviation">SD (n − 1); null when N &lt; 2 or withheld.</param>
/// <param name="Median">Median; null when N = 0 or withheld.</param>
/// <param name="Min">Smallest value; null when N = 0 or withheld.</param>
/// <param name="Max">Largest value; null when N = 0 or withheld.</param>
/// <param name="MeanCi">Student t 95% interval of the mean (effective n when weighted); null when N &lt; 2 or withheld.</param>
/// <param name="Withheld">Whether the summary is withheld because fewer respondents than the suppression threshold answered.</param>
public sealed record NumericDescription(
    int? N, double? Mean, double? StandardDeviation, double? Median, double? Min, double? Max, ConfidenceInterval? MeanCi, bool Withheld = false);
