using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>A main theme and the codes (sub-themes) under it.</summary>
public sealed record ThemeDefinition
{
    /// <summary>Stable theme code stored in the curated <c>theme</c> column.</summary>
    public required string Code { get; init; }
    /// <summary>Display label.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>How exports write the theme ("1 Invulling van de functie …").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>The codes under the theme; each alias is a label exactly as an export writes it.</summary>
    public IReadOnlyList<CategoryDefinition> Codes { get; init; } = [];
}
