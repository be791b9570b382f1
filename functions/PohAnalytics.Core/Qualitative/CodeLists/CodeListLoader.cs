using System.Security.Cryptography;
using System.Text.Json;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Qualitative.Ingestion;

namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>Loads code lists from JSON and checks that each is internally consistent.</summary>
public static class CodeListLoader
{
    /// <summary>File-name prefix of the code lists that ship with the product (<c>ReferenceData/codelist.*.json</c>).</summary>
    public const string BuiltInFilePrefix = "codelist.";

    /// <summary>The code lists embedded in this assembly, ordered by resource name.</summary>
    public static IReadOnlyList<CodeListDefinition> LoadBuiltIn() =>
        EmbeddedReferenceData.Names(BuiltInFilePrefix).Select(n => Parse(EmbeddedReferenceData.Read(n))).ToList();

    /// <summary>Parses and validates code-list JSON; throws <see cref="InvalidDataException"/> naming the problem.</summary>
    public static CodeListDefinition Parse(byte[] json)
    {
        var codeList = JsonSerializer.Deserialize<CodeListDefinition>(json, CodebookLoader.JsonOptions)
            ?? throw new InvalidDataException("Code-list JSON is empty.");
        Validate(codeList);
        return codeList with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(json)) };
    }

    private static void Validate(CodeListDefinition codeList)
    {
        var name = $"Code list '{codeList.Id}'";
        if (codeList.Themes.Count == 0)
            throw new InvalidDataException($"{name} has no themes.");
        if (codeList.RespondentId.Headers.Count == 0)
            throw new InvalidDataException($"{name} names no respondent id header.");
        if (codeList.Shape == CodeListShape.Wide && codeList.CodeColumns.HeaderPatterns.Count == 0)
            throw new InvalidDataException($"{name} is wide but has no code column header patterns.");
        if (codeList.Shape == CodeListShape.Wide && codeList.CodeColumns.HeaderPatterns.FirstOrDefault(p => !p.Contains("{n}", StringComparison.Ordinal)) is { } fixedPattern)
            throw new InvalidDataException($"{name}: code column pattern '{fixedPattern}' has no {{n}} for the mention number.");
        if (codeList.Shape == CodeListShape.Long && codeList.CodeColumns.CodeHeaders.Count == 0)
            throw new InvalidDataException($"{name} is long but has no code column headers.");

        ThrowOnDuplicate(codeList.Themes.Select(t => t.Code), code => $"{name} defines theme '{code}' twice.");
        ThrowOnDuplicate(codeList.Codes.Select(c => c.Code.Code), code => $"{name} defines code '{code}' twice.");
        ThrowOnDuplicate(codeList.Attributes.Select(a => a.Id), id => $"{name} defines attribute '{id}' twice.");
        foreach (var theme in codeList.Themes.Where(t => t.Codes.Count == 0))
            throw new InvalidDataException($"{name}: theme '{theme.Code}' has no codes.");
        string[] reserved = [CuratedSchema.SourceRowColumn, CodedAnswerColumns.RespondentId, CodedAnswerColumns.Theme, CodedAnswerColumns.Code];
        foreach (var attribute in codeList.Attributes)
        {
            if (reserved.Contains(attribute.Id))
                throw new InvalidDataException($"{name}: attribute id '{attribute.Id}' is a reserved column name.");
            if (attribute.Categories.Count == 0 && !attribute.OpenCategories)
                throw new InvalidDataException($"{name}: attribute '{attribute.Id}' has no categories.");
            ThrowOnDuplicate(attribute.Categories.Select(c => c.Code), code => $"{name}: attribute '{attribute.Id}' repeats category '{code}'.");
        }
        // Within a theme a label may name only one code; the same label under two themes is resolved by the theme column.
        foreach (var theme in codeList.Themes)
            ThrowOnDuplicate(theme.Codes.SelectMany(c => CodeListLookup.Names(c).Distinct()),
                alias => $"{name}: theme '{theme.Code}' uses the label or alias '{alias}' for two codes.");
    }

    private static void ThrowOnDuplicate(IEnumerable<string> keys, Func<string, string> message)
    {
        var duplicate = keys.GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidDataException(message(duplicate.Key));
    }
}
