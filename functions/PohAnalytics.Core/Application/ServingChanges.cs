namespace PohAnalytics.Core.Application;

/// <summary>
/// Counts the changes this instance made to what is served (an ingestion or benchmark change that asks for a refresh,
/// a finished refresh). Serving caches re-read their state when it moves, so this instance serves a change at once;
/// other instances see it when their short time-to-live ends.
/// </summary>
public sealed class ServingChanges
{
    private long _generation;

    /// <summary>How long a serving cache may keep state read from storage when this instance changed nothing.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(1);

    /// <summary>The number of changes so far.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Records a change.</summary>
    public void Changed() => Interlocked.Increment(ref _generation);
}
