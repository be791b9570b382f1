using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>The code frequencies of one respondent group (e.g. the POH-GGZ column of Table 4.1a).</summary>
/// <param name="Group">Category code of the group ("all" for everyone).</param>
/// <param name="Label">Group label.</param>
/// <param name="Respondents">Respondents in the group (the denominator of the respondent shares).</param>
/// <param name="Mentions">All mentions in the group (the denominator of the mention shares).</param>
/// <param name="Codes">Every code of the code list, most mentioned first (report order on ties).</param>
/// <param name="TotalLine">The total line under the table ("146 … (door 49 POH-GGZ)"); null when the group is suppressed.</param>
public sealed record GroupCodeFrequencies(string Group, LocalizedText Label, CountCell Respondents, long Mentions, IReadOnlyList<CodeFrequency> Codes, LocalizedText? TotalLine)
{
    /// <summary>The codes the report shows: at or above the reporting share of mentions.</summary>
    public IReadOnlyList<CodeFrequency> ShownCodes => Codes.Where(c => !c.BelowReportingShare).ToList();
}
