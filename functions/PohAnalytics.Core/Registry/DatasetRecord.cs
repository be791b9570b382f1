namespace PohAnalytics.Core.Registry;

/// <summary>A dataset and its current version.</summary>
public sealed record DatasetRecord
{
    /// <summary>Dataset id (slug of the name).</summary>
    public required string Id { get; init; }
    /// <summary>Metadata of the latest version.</summary>
    public required DatasetMetadata Metadata { get; init; }
    /// <summary>Current (served) version; 0 when none succeeded yet.</summary>
    public int CurrentVersion { get; init; }
    /// <summary>Ingestion behind the current version.</summary>
    public string? CurrentIngestionId { get; init; }
    /// <summary>Curated Parquet of the current version.</summary>
    public string? CurrentCuratedPath { get; init; }
    /// <summary>Source hash of the current version.</summary>
    public string? CurrentSourceSha256 { get; init; }
    /// <summary>Codebook version of the current version.</summary>
    public string? CodebookVersion { get; init; }
    /// <summary>Rows in the current version.</summary>
    public long Rows { get; init; }
    /// <summary>When the current version was registered.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
