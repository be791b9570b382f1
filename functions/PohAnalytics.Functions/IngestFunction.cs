using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;
using PohAnalytics.Storage;
using PohAnalytics.Storage.Queue;

namespace PohAnalytics.Functions;

/// <summary>Processes queued ingestions (retried by the host; after the last retry the message goes to the poison queue).</summary>
public sealed class IngestFunction(IngestionProcessor processor)
{
    /// <summary>Processes one ingest message.</summary>
    [Function("Ingest")]
    public Task Run([QueueTrigger(StorageNames.IngestQueue, Connection = StorageNames.Connection)] string message, CancellationToken cancellationToken)
        => processor.ProcessAsync(IngestMessage.Parse(message).IngestionId, cancellationToken);
}
