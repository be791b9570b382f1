using System.Text.Json.Serialization;

namespace PohAnalytics.Core.Codebook;

/// <summary>A versioned codebook: the canonical variables every export is mapped onto.</summary>
public sealed record CodebookDefinition
{
    /// <summary>Codebook id.</summary>
    public required string Id { get; init; }
    /// <summary>Semantic version of the codebook content.</summary>
    public required string Version { get; init; }
    /// <summary>What the codebook covers.</summary>
    public string? Description { get; init; }
    /// <summary>Cell values that mean "empty" whatever the variable.</summary>
    public IReadOnlyList<string> MissingValues { get; init; } = [];
    /// <summary>Rules that recognise personal-data columns.</summary>
    public required PersonalDataRules PersonalData { get; init; }
    /// <summary>The variables, in report order.</summary>
    public required IReadOnlyList<VariableDefinition> Variables { get; init; }
    /// <summary>SHA-256 (hex) of the codebook file's bytes; set by the loader, recorded in every Parquet file.</summary>
    public string Sha256 { get; init; } = "";
    /// <summary>Stored version of this codebook: 1 is the seed in the repository, every change by staff adds one.</summary>
    public int Revision { get; init; } = 1;

    /// <summary>The version as recorded with ingestions and datasets: "1.0.0" for the seed, "1.0.0+r3" for revision 3.</summary>
    [JsonIgnore]
    public string VersionLabel => Revision <= 1 ? Version : $"{Version}+r{Revision}";

    /// <summary>The variable with this id.</summary>
    public VariableDefinition this[string id] =>
        Variables.FirstOrDefault(v => v.Id == id) ?? throw new KeyNotFoundException($"Codebook {Id} {Version} has no variable '{id}'.");
}
