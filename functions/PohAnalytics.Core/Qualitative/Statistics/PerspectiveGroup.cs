using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>A column of the theme × perspective matrix: one category of a respondent attribute.</summary>
/// <param name="Code">Category code (or the value as written, for an open category).</param>
/// <param name="Label">Category label.</param>
/// <param name="Interviewees">Interviewee records in the group (a multi-valued record counts in each of its groups).</param>
public sealed record PerspectiveGroup(string Code, LocalizedText Label, CountCell Interviewees);
