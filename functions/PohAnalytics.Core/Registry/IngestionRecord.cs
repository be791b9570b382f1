using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Registry;

/// <summary>One upload and what became of it.</summary>
public sealed record IngestionRecord
{
    /// <summary>Ingestion id, derived from the content hash so the same bytes always map to the same ingestion.</summary>
    public required string Id { get; init; }
    /// <summary>Dataset this upload is a version of.</summary>
    public required DatasetMetadata Dataset { get; init; }
    /// <summary>Original file name.</summary>
    public required string FileName { get; init; }
    /// <summary>SHA-256 (hex) of the raw bytes.</summary>
    public required string SourceSha256 { get; init; }
    /// <summary>Size of the raw file.</summary>
    public long SizeBytes { get; init; }
    /// <summary>Blob path of the immutable raw file.</summary>
    public required string RawPath { get; init; }
    /// <summary>Current status.</summary>
    public IngestionStatus Status { get; init; } = IngestionStatus.Queued;
    /// <summary>Why it failed, for people.</summary>
    public string? FailureReason { get; init; }
    /// <summary>Last transient error (a retry follows).</summary>
    public string? LastError { get; init; }
    /// <summary>Processing attempts so far.</summary>
    public int Attempts { get; init; }
    /// <summary>The validation report, once processed.</summary>
    public IngestionReport? Report { get; init; }
    /// <summary>Dataset version created by this ingestion.</summary>
    public int? DatasetVersion { get; init; }
    /// <summary>Blob path of the curated Parquet file.</summary>
    public string? CuratedPath { get; init; }
    /// <summary>Blob path of the rejects CSV, when rows were rejected.</summary>
    public string? RejectsPath { get; init; }
    /// <summary>Codebook version used.</summary>
    public string? CodebookVersion { get; init; }
    /// <summary>Codebook revision used, or to be used (a reprocess names it); null: the current one when processed.</summary>
    public int? CodebookRevision { get; init; }
    /// <summary>Why the quality gate holds it (status needs-review).</summary>
    public string? ReviewReason { get; init; }
    /// <summary>The ingestion this one reprocesses the raw file of.</summary>
    public string? ReprocessOf { get; init; }
    /// <summary>Where it came from: "http", "drop-folder" or "reprocess".</summary>
    public string Channel { get; init; } = "http";
    /// <summary>When the upload arrived.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When processing last started.</summary>
    public DateTimeOffset? StartedAt { get; init; }
    /// <summary>When processing ended.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>Processing time of the last attempt.</summary>
    public double? DurationMs { get; init; }
    /// <summary>Who processes it now (the queue message id): only that claimant works on it until the claim expires.</summary>
    public string? ClaimedBy { get; init; }
    /// <summary>When the current claim lapses, so another message may take over after a crash.</summary>
    public DateTimeOffset? ClaimExpiresAt { get; init; }
    /// <summary>Blob path of the full report (the record holds a bounded summary).</summary>
    public string? ReportPath { get; init; }
    /// <summary>The stored record's ETag when read; a conditional replace succeeds only if nobody changed it since.</summary>
    public string? ConcurrencyToken { get; init; }

    /// <summary>The ingestion id for a content hash.</summary>
    public static string IdFor(string sha256) => "ing-" + sha256[..32];

    /// <summary>The ingestion id of a reprocess: the same bytes with another codebook revision are another ingestion.</summary>
    public static string IdFor(string sha256, int codebookRevision) => $"{IdFor(sha256)}-r{codebookRevision}";
}
