using System.Text.Json;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Storage.Queue;

/// <summary>Puts ingest messages on the Azure Storage queue read by the ingest function.</summary>
public sealed class StorageQueueIngestQueue(StorageClients clients, QueueSendSignal? sent = null) : IIngestQueue
{
    /// <inheritdoc />
    public async Task EnqueueAsync(string ingestionId, CancellationToken cancellationToken)
    {
        var queue = clients.Queues.GetQueueClient(StorageNames.IngestQueue);
        await queue.SendMessageAsync(JsonSerializer.Serialize(new IngestMessage(ingestionId)), cancellationToken);
        sent?.Sent(StorageNames.IngestQueue);
    }
}
