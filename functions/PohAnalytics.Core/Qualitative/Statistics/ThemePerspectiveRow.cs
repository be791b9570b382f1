using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>A row of the theme × perspective matrix.</summary>
/// <param name="Theme">Theme code.</param>
/// <param name="Label">Theme label.</param>
/// <param name="Total">Interviewee records that raised the theme (over all groups); hidden when a small cell could otherwise be derived.</param>
/// <param name="Cells">Per group (in <see cref="ThemePerspectiveMatrix.Groups"/> order): interviewees that raised the theme; share = of the group.</param>
public sealed record ThemePerspectiveRow(string Theme, LocalizedText Label, CountCell Total, IReadOnlyList<CountCell> Cells);
