namespace PohAnalytics.Core.Registry;

/// <summary>Life cycle of one ingestion.</summary>
public enum IngestionStatus
{
    /// <summary>Raw file stored; waiting in the ingest queue.</summary>
    Queued,
    /// <summary>A worker is processing it.</summary>
    Processing,
    /// <summary>Curated Parquet written and registered as the dataset's current version.</summary>
    Succeeded,
    /// <summary>Not ingested; the reason says why. The previous dataset version stays current.</summary>
    Failed,
    /// <summary>
    /// Curated, but held by the quality gate (too many rejected rows, or a variable lost to unknown values): not published
    /// until staff publish it anyway or fix the mapping and reprocess. The previous dataset version stays current.
    /// </summary>
    NeedsReview,
}
