using Azure.Storage.Blobs.Models;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Registry;
using PohAnalytics.Storage.Parquet;

namespace PohAnalytics.Storage.Blob;

/// <summary>
/// Curated Parquet at <c>curated/{dataset}/{ingestion}.parquet</c>; rejects at <c>rejects/{ingestion}.csv</c> and the full
/// report at <c>rejects/{ingestion}.report.json</c>.
/// </summary>
public sealed class BlobCuratedStore(StorageClients clients) : ICuratedStore
{
    /// <inheritdoc />
    public ICuratedWriter CreateWriter(Stream output, CuratedSchema schema, IReadOnlyDictionary<string, string> metadata) =>
        new ParquetCuratedWriter(output, schema, metadata);

    /// <inheritdoc />
    public async Task<string> UploadCuratedAsync(string datasetId, string ingestionId, Stream parquet, CancellationToken cancellationToken)
    {
        var path = $"{datasetId}/{ingestionId}.parquet";
        await clients.Blobs.GetBlobContainerClient(StorageNames.CuratedContainer).GetBlobClient(path).UploadAsync(parquet,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/vnd.apache.parquet" } }, cancellationToken);
        return path;
    }

    /// <inheritdoc />
    public async Task<string> UploadRejectsAsync(string ingestionId, Stream csv, CancellationToken cancellationToken)
    {
        var path = $"{ingestionId}.csv";
        await clients.Blobs.GetBlobContainerClient(StorageNames.RejectsContainer).GetBlobClient(path).UploadAsync(csv,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/csv; charset=utf-8" } }, cancellationToken);
        return path;
    }

    /// <inheritdoc />
    public async Task<string> UploadReportAsync(string ingestionId, IngestionReport report, CancellationToken cancellationToken)
    {
        var path = $"{ingestionId}.report.json";
        await clients.Blobs.GetBlobContainerClient(StorageNames.RejectsContainer).GetBlobClient(path).UploadAsync(
            BinaryData.FromObjectAsJson(report, Table.RegistryJson.Options),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);
        return path;
    }

    /// <inheritdoc />
    public async Task DownloadToAsync(string curatedPath, Stream destination, CancellationToken cancellationToken) =>
        await clients.Blobs.GetBlobContainerClient(StorageNames.CuratedContainer).GetBlobClient(curatedPath).DownloadToAsync(destination, cancellationToken);
}
