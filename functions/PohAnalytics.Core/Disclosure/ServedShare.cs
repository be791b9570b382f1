using PohAnalytics.Core.Statistics;

namespace PohAnalytics.Core.Disclosure;

/// <summary>A served count with its share of the n it is a part of (percent and Wilson 95% interval), or the marks that hide them.</summary>
/// <param name="Count">The count or its mark.</param>
/// <param name="N">The denominator (respondents who answered) or its mark.</param>
/// <param name="Percent">Percent of <paramref name="N"/>; null when either is hidden or N is 0.</param>
/// <param name="PercentCi">Wilson 95% interval in percent; null like <paramref name="Percent"/>.</param>
public sealed record ServedShare(ServedCount Count, ServedCount N, double? Percent, ConfidenceInterval? PercentCi);
