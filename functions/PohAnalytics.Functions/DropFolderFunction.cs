using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;
using PohAnalytics.Storage;

namespace PohAnalytics.Functions;

/// <summary>Ingests files dropped in <c>uploads/drop/</c>, from Event Grid BlobCreated events delivered to a storage queue.</summary>
public sealed class DropFolderFunction(DropFolderIngestion dropFolder)
{
    /// <summary>Handles one event message.</summary>
    [Function("DropFolder")]
    public Task Run([QueueTrigger(StorageNames.DropEventsQueue, Connection = StorageNames.Connection)] string message, CancellationToken cancellationToken)
        => dropFolder.HandleAsync(message, cancellationToken);
}
