using System.Text.Json;
using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Storage.Queue;

/// <summary>Puts refresh requests on the <c>refresh</c> queue.</summary>
public sealed class StorageQueueRefreshQueue(StorageClients clients, QueueSendSignal? sent = null) : IRefreshQueue
{
    /// <inheritdoc />
    public async Task RequestAsync(string trigger, CancellationToken cancellationToken)
    {
        await clients.Queues.GetQueueClient(StorageNames.RefreshQueue).SendMessageAsync(JsonSerializer.Serialize(new { trigger }), cancellationToken);
        sent?.Sent(StorageNames.RefreshQueue);
    }
}
