using System.Text.Json;
using PohAnalytics.Core.Application;
using PohAnalytics.Storage;

namespace PohAnalytics.LocalRunner;

/// <summary>
/// Stands in for the Event Grid subscription of Azure: notices new blobs in <c>uploads/drop/</c> and puts the same
/// BlobCreated event on the drop-events queue, so the same DropFolder function ingests them.
/// </summary>
public sealed class DropFolderWatcher(StorageClients storage, ILogger<DropFolderWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var container = storage.Blobs.GetBlobContainerClient(DropFolderIngestion.Container);
        var queue = storage.Queues.GetQueueClient(StorageNames.DropEventsQueue);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, DropFolderIngestion.Prefix, stoppingToken))
                {
                    var etag = blob.Properties.ETag?.ToString() ?? "";
                    if (_seen.TryGetValue(blob.Name, out var known) && known == etag) continue;
                    _seen[blob.Name] = etag;
                    await queue.SendMessageAsync(JsonSerializer.Serialize(BlobCreatedEvent(storage, blob.Name)), stoppingToken);
                    logger.LogInformation("Dropped file {Blob} queued for ingestion", blob.Name);
                }
            }
            catch (OperationCanceledException) { break; }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Scanning the drop folder failed");
            }
            try { await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken); } catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>An Event Grid schema BlobCreated event as Azure would deliver it to the queue.</summary>
    public static object[] BlobCreatedEvent(StorageClients storage, string blobName)
    {
        var url = storage.Blobs.GetBlobContainerClient(DropFolderIngestion.Container).GetBlobClient(blobName).Uri.ToString();
        return
        [
            new
            {
                id = Guid.NewGuid().ToString(),
                topic = "/subscriptions/local/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/devstoreaccount1",
                subject = $"/blobServices/default/containers/{DropFolderIngestion.Container}/blobs/{blobName}",
                eventType = "Microsoft.Storage.BlobCreated",
                eventTime = DateTimeOffset.UtcNow,
                dataVersion = "",
                metadataVersion = "1",
                data = new { api = "PutBlob", url, blobType = "BlockBlob" },
            },
        ];
    }
}
