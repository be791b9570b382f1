using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PohAnalytics.Core.Codebook;

/// <summary>Loads a codebook from JSON and checks that it is internally consistent.</summary>
public static class CodebookLoader
{
    /// <summary>Resource name of the codebook that ships with the product.</summary>
    public const string BuiltInResource = "PohAnalytics.ReferenceData.codebook.v1.json";

    /// <summary>JSON settings of the reference data (codebooks and code lists).</summary>
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The codebook embedded in this assembly.</summary>
    public static CodebookDefinition LoadBuiltIn()
    {
        return Parse(EmbeddedReferenceData.Read(BuiltInResource));
    }

    /// <summary>Parses and validates codebook JSON.</summary>
    public static CodebookDefinition Parse(byte[] json)
    {
        var codebook = JsonSerializer.Deserialize<CodebookDefinition>(json, JsonOptions)
            ?? throw new InvalidDataException("Codebook JSON is empty.");
        Validate(codebook);
        return codebook with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(json)) };
    }

    private static void Validate(CodebookDefinition codebook)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in codebook.Variables)
        {
            if (!ids.Add(variable.Id))
                throw new InvalidDataException($"Codebook variable '{variable.Id}' is defined twice.");
            if (variable.IsCategorical || variable.Type == VariableType.MultiResponse)
            {
                if (variable.Categories.Count == 0 && !variable.OpenCategories)
                    throw new InvalidDataException($"Codebook variable '{variable.Id}' has no categories.");
                var duplicate = variable.Categories.GroupBy(c => c.Code).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null)
                    throw new InvalidDataException($"Codebook variable '{variable.Id}' repeats category '{duplicate.Key}'.");
            }
            foreach (var group in variable.CategoryGroups)
            {
                if (variable.Categories.Any(c => c.Code == group.Code))
                    throw new InvalidDataException($"Category group '{group.Code}' of variable '{variable.Id}' reuses a category code.");
                var unknown = group.Categories.FirstOrDefault(code => variable.Categories.All(c => c.Code != code));
                if (unknown is not null || group.Categories.Count == 0)
                    throw new InvalidDataException($"Category group '{group.Code}' of variable '{variable.Id}' refers to unknown category '{unknown}'.");
            }
            if (variable.NoneOption is { } none
                && (variable.Type != VariableType.MultiResponse || variable.Categories.All(c => c.Code != none)))
                throw new InvalidDataException($"'noneOption' of variable '{variable.Id}' must be one of its multi-response options.");
            if (variable.Type == VariableType.Likert && !variable.Categories.All(c => int.TryParse(c.Code, out _)))
                throw new InvalidDataException($"Likert variable '{variable.Id}' needs numeric category codes (its scores).");
        }
        foreach (var variable in codebook.Variables)
        {
            foreach (var part in variable.DerivedSum)
                if (!ids.Contains(part))
                    throw new InvalidDataException($"Variable '{variable.Id}' is derived from unknown variable '{part}'.");
        }
    }
}
