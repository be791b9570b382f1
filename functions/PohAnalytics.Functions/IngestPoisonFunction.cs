using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;
using PohAnalytics.Storage;
using PohAnalytics.Storage.Queue;

namespace PohAnalytics.Functions;

/// <summary>Turns a poisoned ingest message into a visible failed status.</summary>
public sealed class IngestPoisonFunction(IngestionProcessor processor)
{
    /// <summary>Marks the ingestion failed with its last error.</summary>
    [Function("IngestPoison")]
    public Task Run([QueueTrigger(StorageNames.IngestPoisonQueue, Connection = StorageNames.Connection)] string message, CancellationToken cancellationToken)
        => processor.MarkPoisonedAsync(IngestMessage.Parse(message).IngestionId, cancellationToken);
}
