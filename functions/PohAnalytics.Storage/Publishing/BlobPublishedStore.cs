using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Storage.Publishing;

/// <summary>
/// Published documents in the <c>published</c> container at <c>v000042/views/overview.json</c>, the manifest at
/// <c>manifest.json</c> (switched with an ETag condition), and the refresh lease on <c>locks/refresh</c>.
/// </summary>
public sealed class BlobPublishedStore(StorageClients clients) : IPublishedStore
{
    private const string ManifestPath = "manifest.json";
    private const string LockPath = "locks/refresh";
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Azure.Storage.Blobs.BlobContainerClient Container => clients.Blobs.GetBlobContainerClient(StorageNames.PublishedContainer);

    /// <inheritdoc />
    public async Task<(PublishedManifest? Manifest, string? ETag)> GetManifestAsync(CancellationToken cancellationToken)
    {
        try
        {
            var download = await Container.GetBlobClient(ManifestPath).DownloadContentAsync(cancellationToken);
            return (download.Value.Content.ToObjectFromJson<PublishedManifest>(Json), download.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (null, null);
        }
    }

    /// <inheritdoc />
    public async Task<string> WriteDocumentAsync(int version, PublishedDocument document, CancellationToken cancellationToken)
    {
        var path = $"v{version:D6}/{document.Path}";
        await Container.GetBlobClient(path).UploadAsync(new BinaryData(document.Content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = document.ContentType, CacheControl = "public, max-age=300" },
        }, cancellationToken);
        return path;
    }

    /// <inheritdoc />
    public async Task<bool> TrySwitchManifestAsync(PublishedManifest manifest, string? expectedETag, CancellationToken cancellationToken)
    {
        var conditions = expectedETag is null
            ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : new BlobRequestConditions { IfMatch = new ETag(expectedETag) };
        try
        {
            await Container.GetBlobClient(ManifestPath).UploadAsync(BinaryData.FromObjectAsJson(manifest, Json), new BlobUploadOptions
            {
                Conditions = conditions,
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json", CacheControl = "no-cache" },
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<PublishedContent?> OpenAsync(string storagePath, CancellationToken cancellationToken)
    {
        try
        {
            var download = await Container.GetBlobClient(storagePath).DownloadContentAsync(cancellationToken);
            return new PublishedContent(download.Value.Content.ToArray(), download.Value.Details.ContentType ?? "application/json", download.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<bool> RunExclusiveAsync(Func<CancellationToken, Task> action, TimeSpan wait, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(LockPath);
        try
        {
            await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // The lock blob exists already; only its lease matters.
        }
        var lease = blob.GetBlobLeaseClient();
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken);
                break;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                if (DateTime.UtcNow > deadline) return false;
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
        using var stopRenewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewAsync(lease, stopRenewing.Token);
        try
        {
            await action(cancellationToken);
            return true;
        }
        finally
        {
            await stopRenewing.CancelAsync();
            await renewing;
            await lease.ReleaseAsync(cancellationToken: CancellationToken.None);
        }
    }

    private static async Task RenewAsync(BlobLeaseClient lease, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LeaseDuration / 3, stop);
                await lease.RenewAsync(cancellationToken: stop);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
