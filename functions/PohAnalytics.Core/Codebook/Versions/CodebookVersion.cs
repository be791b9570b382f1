using System.Text.Json.Serialization;

namespace PohAnalytics.Core.Codebook.Versions;

/// <summary>One stored version of the codebook, with who made it, when and why.</summary>
public sealed record CodebookVersion
{
    /// <summary>Revision number, from 1 (the seed in the repository).</summary>
    public required int Revision { get; init; }
    /// <summary>Semantic version of the codebook content it derives from.</summary>
    public required string Version { get; init; }
    /// <summary>SHA-256 of the stored JSON; an input hash of every publication unit.</summary>
    public required string Sha256 { get; init; }
    /// <summary>Who made the change.</summary>
    public required string Author { get; init; }
    /// <summary>Why.</summary>
    public string? Reason { get; init; }
    /// <summary>What changed, one line per alias.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];
    /// <summary>The revision whose content this version restores, if it is a restore.</summary>
    public int? RestoredFrom { get; init; }
    /// <summary>When it was stored.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>The codebook JSON (the bytes the SHA-256 is taken of).</summary>
    [JsonIgnore]
    public string Content { get; init; } = "";
}
