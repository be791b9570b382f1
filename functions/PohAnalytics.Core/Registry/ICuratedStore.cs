using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Registry;

/// <summary>Curated Parquet datasets and rejects outputs.</summary>
public interface ICuratedStore
{
    /// <summary>Creates a sink that writes accepted rows as Parquet into <paramref name="output"/>, with key-value metadata.</summary>
    ICuratedWriter CreateWriter(Stream output, CuratedSchema schema, IReadOnlyDictionary<string, string> metadata);

    /// <summary>Uploads a finished Parquet file (overwriting the same path is harmless: it holds the same content).</summary>
    Task<string> UploadCuratedAsync(string datasetId, string ingestionId, Stream parquet, CancellationToken cancellationToken);

    /// <summary>Uploads the rejects CSV of an ingestion.</summary>
    Task<string> UploadRejectsAsync(string ingestionId, Stream csv, CancellationToken cancellationToken);

    /// <summary>Uploads the full report of an ingestion (the registry keeps a bounded summary); returns its path.</summary>
    Task<string> UploadReportAsync(string ingestionId, IngestionReport report, CancellationToken cancellationToken);

    /// <summary>Copies a curated file into a seekable destination (Parquet readers need to seek).</summary>
    Task DownloadToAsync(string curatedPath, Stream destination, CancellationToken cancellationToken);
}
