using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Storage;

namespace PohAnalytics.Functions;

/// <summary>Refresh requested by an ingestion or a benchmark change.</summary>
public sealed class RefreshQueueFunction(RefreshService refresh)
{
    /// <summary>Refreshes what is stale.</summary>
    [Function("RefreshRequested")]
    public Task Run([QueueTrigger(StorageNames.RefreshQueue, Connection = StorageNames.Connection)] string message, CancellationToken cancellationToken)
    {
        var trigger = message.TrimStart().StartsWith('{')
            && JsonDocument.Parse(message).RootElement.TryGetProperty("trigger", out var t) ? t.GetString() ?? "queue" : "queue";
        return refresh.RefreshAsync(trigger, force: false, cancellationToken);
    }
}
