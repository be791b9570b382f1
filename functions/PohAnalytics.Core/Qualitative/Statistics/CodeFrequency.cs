using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>How often one code was named within a respondent group.</summary>
/// <param name="Theme">Main theme code.</param>
/// <param name="Code">Code.</param>
/// <param name="Label">Code label.</param>
/// <param name="Mentions">Times named; share = of all mentions in the group. Suppressed with <paramref name="Respondents"/>.</param>
/// <param name="Respondents">Respondents who named it; share = of the group's respondents.</param>
/// <param name="BelowReportingShare">Under the reporting share of mentions (5%): the report does not show the code.</param>
public sealed record CodeFrequency(string Theme, string Code, LocalizedText Label, CountCell Mentions, CountCell Respondents, bool BelowReportingShare)
{
    /// <summary>The share of mentions as a whole percentage, as printed (half away from zero); null when suppressed.</summary>
    public int? PercentOfMentions => Mentions.Share is { } share ? (int)Math.Round(share * 100, MidpointRounding.AwayFromZero) : null;
}
