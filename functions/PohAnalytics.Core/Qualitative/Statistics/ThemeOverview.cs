namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>All main themes of a coded dataset with their sub-themes.</summary>
/// <param name="CodeListId">The code list.</param>
/// <param name="Interviewees">Interviewee records in the dataset (a pair interviewed together is one record).</param>
/// <param name="Themes">The main themes in code-list order.</param>
/// <param name="Rule">The small-cell rule applied, with its text for the page.</param>
public sealed record ThemeOverview(string CodeListId, int Interviewees, IReadOnlyList<ThemeSummary> Themes, SuppressionRule Rule);
