using Azure;
using Azure.Storage.Blobs.Models;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Storage.Blob;

/// <summary>Raw uploads in the <c>raw</c> container at <c>sha256/ab/abcdef…</c>, written once and never overwritten.</summary>
public sealed class BlobRawUploadStore(StorageClients clients) : IRawUploadStore
{
    /// <inheritdoc />
    public async Task<string> PutIfAbsentAsync(string sha256, Stream content, string fileName, CancellationToken cancellationToken)
    {
        var path = $"sha256/{sha256[..2]}/{sha256}";
        var blob = clients.Blobs.GetBlobContainerClient(StorageNames.RawContainer).GetBlobClient(path);
        try
        {
            await blob.UploadAsync(content, new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                Metadata = new Dictionary<string, string>
                {
                    ["filename"] = Uri.EscapeDataString(fileName),
                    ["sha256"] = sha256,
                },
            }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Same hash, same bytes: the existing blob is the one we would have written.
        }
        return path;
    }

    /// <inheritdoc />
    public async Task DownloadToAsync(string rawPath, Stream destination, CancellationToken cancellationToken)
    {
        var blob = clients.Blobs.GetBlobContainerClient(StorageNames.RawContainer).GetBlobClient(rawPath);
        await blob.DownloadToAsync(destination, cancellationToken);
    }
}
