namespace PohAnalytics.Core.Ingestion;

/// <summary>Receives rejected rows with their reasons.</summary>
public interface IRejectSink
{
    /// <summary>Keeps one rejected row.</summary>
    ValueTask AddAsync(RejectedRow row, CancellationToken cancellationToken);
}
