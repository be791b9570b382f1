using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>A characteristic of the respondent that coded answers are broken down by (respondent type, represents, domain…).</summary>
public sealed record RespondentAttribute
{
    /// <summary>Stable id, also the curated column name.</summary>
    public required string Id { get; init; }
    /// <summary>Display label.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>Header aliases seen in exports.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];
    /// <summary>The known categories; values match on code, Dutch or English label, or an alias.</summary>
    public IReadOnlyList<CategoryDefinition> Categories { get; init; } = [];
    /// <summary>Whether values outside the categories are kept as written (instead of rejecting the row).</summary>
    public bool OpenCategories { get; init; }
    /// <summary>
    /// Separator of several values in one cell (e.g. ";" for a pair interviewed together with two backgrounds), or null
    /// when a cell holds one value. Several values are stored joined by <see cref="StoredSeparator"/>.
    /// </summary>
    public string? MultipleSeparator { get; init; }

    /// <summary>Separator of several category codes in one curated value.</summary>
    public const char StoredSeparator = ';';

    /// <summary>The category with this code, or null for an open (unlisted) value.</summary>
    public CategoryDefinition? Category(string code) => Categories.FirstOrDefault(c => c.Code == code);

    /// <summary>The label of a stored code (the code itself for open values).</summary>
    public LocalizedText LabelOf(string code) => Category(code)?.Label ?? new LocalizedText(code, code);
}
