using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>A versioned code list of coded (open or interview) answers: its export shape, respondent attributes and codes.</summary>
public sealed record CodeListDefinition
{
    /// <summary>Code-list id.</summary>
    public required string Id { get; init; }
    /// <summary>Semantic version of the code list content.</summary>
    public required string Version { get; init; }
    /// <summary>Display name.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>What the code list covers.</summary>
    public string? Description { get; init; }
    /// <summary>Wide (repeated code columns) or long (one row per mention).</summary>
    public required CodeListShape Shape { get; init; }
    /// <summary>Headers of the respondent (pseudonym) column.</summary>
    public required HeaderAliases RespondentId { get; init; }
    /// <summary>Respondent characteristics, in report order.</summary>
    public IReadOnlyList<RespondentAttribute> Attributes { get; init; } = [];
    /// <summary>How the code columns are named.</summary>
    public required CodeColumnHeaders CodeColumns { get; init; }
    /// <summary>Main themes with their codes, in report order.</summary>
    public required IReadOnlyList<ThemeDefinition> Themes { get; init; }
    /// <summary>
    /// The total line under a frequency table, with placeholders <c>{mentions}</c>, <c>{respondents}</c> and <c>{group}</c>
    /// ("Totaal aantal genoemde succesfactoren: {mentions} (door {respondents} {group})").
    /// </summary>
    public LocalizedText? TotalLine { get; init; }
    /// <summary>SHA-256 (hex) of the code-list file's bytes; set by the loader.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>Every code with its theme, in report order.</summary>
    public IEnumerable<(ThemeDefinition Theme, CategoryDefinition Code)> Codes =>
        Themes.SelectMany(t => t.Codes.Select(c => (t, c)));

    /// <summary>The theme with this code.</summary>
    public ThemeDefinition Theme(string code) =>
        Themes.FirstOrDefault(t => t.Code == code) ?? throw new KeyNotFoundException($"Code list {Id} {Version} has no theme '{code}'.");

    /// <summary>The code (with its theme) with this code.</summary>
    public (ThemeDefinition Theme, CategoryDefinition Code) Code(string code)
    {
        foreach (var entry in Codes)
            if (entry.Code.Code == code) return entry;
        throw new KeyNotFoundException($"Code list {Id} {Version} has no code '{code}'.");
    }

    /// <summary>The respondent attribute with this id.</summary>
    public RespondentAttribute Attribute(string id) =>
        Attributes.FirstOrDefault(a => a.Id == id) ?? throw new KeyNotFoundException($"Code list {Id} {Version} has no attribute '{id}'.");
}
