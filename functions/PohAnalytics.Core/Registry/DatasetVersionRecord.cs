namespace PohAnalytics.Core.Registry;

/// <summary>One immutable version of a dataset.</summary>
/// <param name="DatasetId">Dataset id.</param>
/// <param name="Version">Version number, from 1.</param>
/// <param name="IngestionId">Ingestion that produced it.</param>
/// <param name="CuratedPath">Curated Parquet blob path.</param>
/// <param name="SourceSha256">Hash of the raw file.</param>
/// <param name="CodebookVersion">Codebook version used.</param>
/// <param name="Rows">Accepted rows.</param>
/// <param name="CreatedAt">Registration time.</param>
public sealed record DatasetVersionRecord(
    string DatasetId, int Version, string IngestionId, string CuratedPath, string SourceSha256,
    string CodebookVersion, long Rows, DateTimeOffset CreatedAt);
