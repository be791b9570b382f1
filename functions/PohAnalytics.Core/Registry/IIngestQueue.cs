namespace PohAnalytics.Core.Registry;

/// <summary>The queue that hands ingestions to the processing function.</summary>
public interface IIngestQueue
{
    /// <summary>Asks for an ingestion to be processed.</summary>
    Task EnqueueAsync(string ingestionId, CancellationToken cancellationToken);
}
