using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>Code frequencies per group of a respondent attribute (Table 4.1a: success factors by respondent type).</summary>
/// <param name="CodeListId">The code list.</param>
/// <param name="AttributeId">The attribute the groups come from; null for one group of everyone.</param>
/// <param name="AttributeLabel">Its label.</param>
/// <param name="ReportingShare">Codes under this share of the group's mentions are flagged as not shown (0.05).</param>
/// <param name="Groups">The groups, in the attribute's category order.</param>
/// <param name="Rule">The small-cell rule applied, with its text for the page.</param>
public sealed record CodeFrequencyTable(string CodeListId, string? AttributeId, LocalizedText AttributeLabel, double ReportingShare,
    IReadOnlyList<GroupCodeFrequencies> Groups, SuppressionRule Rule)
{
    /// <summary>The group with this category code.</summary>
    public GroupCodeFrequencies Group(string code) =>
        Groups.FirstOrDefault(g => g.Group == code) ?? throw new KeyNotFoundException($"No group '{code}'.");
}
