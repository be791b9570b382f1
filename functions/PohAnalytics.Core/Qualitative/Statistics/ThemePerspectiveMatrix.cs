using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>Main themes × the groups of one perspective (represents, primary domain, background).</summary>
/// <param name="CodeListId">The code list.</param>
/// <param name="AttributeId">The perspective attribute.</param>
/// <param name="AttributeLabel">Its label.</param>
/// <param name="Groups">The columns.</param>
/// <param name="Rows">One row per main theme, in code-list order.</param>
/// <param name="Rule">The small-cell rule applied, with its text for the page.</param>
public sealed record ThemePerspectiveMatrix(string CodeListId, string AttributeId, LocalizedText AttributeLabel,
    IReadOnlyList<PerspectiveGroup> Groups, IReadOnlyList<ThemePerspectiveRow> Rows, SuppressionRule Rule);
