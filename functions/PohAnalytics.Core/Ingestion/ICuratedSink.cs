namespace PohAnalytics.Core.Ingestion;

/// <summary>Receives accepted rows batch by batch (the Parquet writer is one).</summary>
public interface ICuratedSink
{
    /// <summary>Writes the committed rows of a batch; the batch is reused afterwards.</summary>
    ValueTask WriteBatchAsync(CuratedBatch batch, CancellationToken cancellationToken);
}
