using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>How many interviewees raised a sub-theme.</summary>
/// <param name="Code">Sub-theme code.</param>
/// <param name="Label">Sub-theme label.</param>
/// <param name="Interviewees">Distinct interviewee records that raised it; share = of all interviewees.</param>
public sealed record SubThemeCount(string Code, LocalizedText Label, CountCell Interviewees);
