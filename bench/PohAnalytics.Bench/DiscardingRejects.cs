using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Bench;

/// <summary>A reject sink that only counts (the benchmark input has no bad rows).</summary>
public sealed class DiscardingRejects : IRejectSink
{
    /// <inheritdoc />
    public ValueTask AddAsync(RejectedRow row, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
