namespace PohAnalytics.Core.Publishing;

/// <summary>
/// The one pointer readers follow: which blob holds each published document. A refresh writes its new documents first
/// and then replaces this manifest in one conditional write, so a reader sees either the old or the new set, never half.
/// </summary>
public sealed record PublishedManifest
{
    /// <summary>Publication version, increasing by one per switch.</summary>
    public int Version { get; init; }
    /// <summary>When this version was published.</summary>
    public DateTimeOffset PublishedAt { get; init; }
    /// <summary>The refresh that published it.</summary>
    public string RefreshId { get; init; } = "";
    /// <summary>Logical path → storage path of each document.</summary>
    public Dictionary<string, string> Documents { get; init; } = new(StringComparer.Ordinal);
    /// <summary>Unit key → the input hash its published documents were built from.</summary>
    public Dictionary<string, string> UnitHashes { get; init; } = new(StringComparer.Ordinal);
    /// <summary>Unit key → the logical paths it published.</summary>
    public Dictionary<string, List<string>> UnitDocuments { get; init; } = new(StringComparer.Ordinal);
}
