namespace PohAnalytics.Core.Publishing;

/// <summary>Asks for a refresh soon (after an ingestion, or when benchmarks change).</summary>
public interface IRefreshQueue
{
    /// <summary>Queues a refresh request.</summary>
    Task RequestAsync(string trigger, CancellationToken cancellationToken);
}
