namespace PohAnalytics.Core.Registry;

/// <summary>The registry of datasets, their versions and ingestions (Table Storage in production).</summary>
public interface IDatasetRegistry
{
    /// <summary>Stores a new ingestion unless one with the same id exists; returns the stored one and whether it was created.</summary>
    Task<(IngestionRecord Record, bool Created)> CreateIngestionIfAbsentAsync(IngestionRecord record, CancellationToken cancellationToken);

    /// <summary>The ingestion with this id, or null.</summary>
    Task<IngestionRecord?> GetIngestionAsync(string ingestionId, CancellationToken cancellationToken);

    /// <summary>Replaces an ingestion record.</summary>
    Task UpdateIngestionAsync(IngestionRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces an ingestion record only if it is unchanged since it was read (its <see cref="IngestionRecord.ConcurrencyToken"/>);
    /// returns false when another writer changed it first.
    /// </summary>
    Task<bool> TryReplaceIngestionAsync(IngestionRecord record, CancellationToken cancellationToken);

    /// <summary>The most recent ingestions, newest first.</summary>
    Task<IReadOnlyList<IngestionRecord>> ListIngestionsAsync(int top, CancellationToken cancellationToken);

    /// <summary>
    /// Registers the ingestion's output as the dataset's next version, makes it current and marks the ingestion
    /// succeeded, all in one step: no version is ever current whose ingestion is not succeeded. Idempotent: registering
    /// the same ingestion again (also concurrently) returns the version it already has.
    /// </summary>
    Task<DatasetVersionRecord> CommitVersionAsync(IngestionRecord ingestion, string curatedPath, long rows, string codebookVersion, CancellationToken cancellationToken);

    /// <summary>All datasets.</summary>
    Task<IReadOnlyList<DatasetRecord>> ListDatasetsAsync(CancellationToken cancellationToken);

    /// <summary>One dataset, or null.</summary>
    Task<DatasetRecord?> GetDatasetAsync(string datasetId, CancellationToken cancellationToken);

    /// <summary>The versions of a dataset, oldest first.</summary>
    Task<IReadOnlyList<DatasetVersionRecord>> ListVersionsAsync(string datasetId, CancellationToken cancellationToken);
}
