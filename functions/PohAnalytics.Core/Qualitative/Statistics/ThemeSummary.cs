using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>A main theme: how many interviewees raised it and which of its sub-themes were raised by how many.</summary>
/// <param name="Theme">Theme code.</param>
/// <param name="Label">Theme label.</param>
/// <param name="Interviewees">Distinct interviewee records that raised any of its sub-themes; share = of all interviewees.</param>
/// <param name="SubThemes">The sub-themes raised (in code-list order); sub-themes nobody raised are left out.</param>
public sealed record ThemeSummary(string Theme, LocalizedText Label, CountCell Interviewees, IReadOnlyList<SubThemeCount> SubThemes);
