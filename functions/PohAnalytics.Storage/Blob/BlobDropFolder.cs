using Azure;
using PohAnalytics.Core.Application;

namespace PohAnalytics.Storage.Blob;

/// <summary>Reads files dropped in <c>uploads/drop/</c>.</summary>
public sealed class BlobDropFolder(StorageClients clients) : IDropFolder
{
    /// <inheritdoc />
    public async Task<DroppedFile?> OpenAsync(string blobName, CancellationToken cancellationToken)
    {
        var blob = clients.Blobs.GetBlobContainerClient(DropFolderIngestion.Container).GetBlobClient(blobName);
        try
        {
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            return new DroppedFile(blobName, download.Value.Content, download.Value.Details.Metadata.AsReadOnly());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
