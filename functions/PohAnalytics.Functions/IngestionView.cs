using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Functions;

/// <summary>The API shape of an ingestion.</summary>
public sealed record IngestionView(
    string Id, string DatasetId, string DatasetName, string Kind, string RespondentType, string? Wave, string FileName,
    string SourceSha256, long SizeBytes, IngestionStatus Status, string? FailureReason, string? LastError, int Attempts,
    int? DatasetVersion, string Channel, string? CodebookVersion, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt, double? DurationMs, IngestionReport? Report)
{
    /// <summary>Codebook revision used.</summary>
    public int? CodebookRevision { get; init; }
    /// <summary>Why the quality gate holds it (status needs-review).</summary>
    public string? ReviewReason { get; init; }
    /// <summary>The ingestion whose raw file this one reprocessed.</summary>
    public string? ReprocessOf { get; init; }

    /// <summary>Projects a registry record.</summary>
    public static IngestionView From(IngestionRecord r) => new(
        r.Id, r.Dataset.DatasetId, r.Dataset.Name, r.Dataset.KindName, r.Dataset.RespondentTypeName, r.Dataset.Wave, r.FileName,
        r.SourceSha256, r.SizeBytes, r.Status, r.FailureReason, r.LastError, r.Attempts, r.DatasetVersion, r.Channel, r.CodebookVersion,
        r.CreatedAt, r.StartedAt, r.CompletedAt, r.DurationMs, r.Report)
    {
        CodebookRevision = r.CodebookRevision,
        ReviewReason = r.ReviewReason,
        ReprocessOf = r.ReprocessOf,
    };
}
