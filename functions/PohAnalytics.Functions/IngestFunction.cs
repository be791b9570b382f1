using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;
using PohAnalytics.Storage;
using PohAnalytics.Storage.Queue;

namespace PohAnalytics.Functions;

/// <summary>Processes queued ingestions (retried by the host; after the last retry the message goes to the poison queue).</summary>
public sealed class IngestFunction(IngestionProcessor processor)
{
    /// <summary>Processes one ingest message; its message id is the claim, so a retry of it resumes and duplicates do nothing.</summary>
    [Function("Ingest")]
    public Task Run(
        [QueueTrigger(StorageNames.IngestQueue, Connection = StorageNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken)
        => processor.ProcessAsync(IngestMessage.Parse(Text(message.Body)).IngestionId, message.MessageId, cancellationToken);

    // The host hands the body decoded; should it arrive still in the queue's base64 encoding, it is decoded here.
    private static string Text(BinaryData body)
    {
        var text = body.ToString().Trim();
        if (text.StartsWith('{') || text.StartsWith("ing-", StringComparison.Ordinal)) return text;
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var n) ? System.Text.Encoding.UTF8.GetString(bytes, 0, n) : text;
    }
}
