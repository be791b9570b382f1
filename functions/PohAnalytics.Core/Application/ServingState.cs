namespace PohAnalytics.Core.Application;

/// <summary>
/// A value read from storage and kept for <see cref="ServingChanges.TimeToLive"/>, or until this instance records a
/// change; concurrent readers of an expired value share one read.
/// </summary>
/// <typeparam name="T">The value.</typeparam>
public sealed class ServingState<T>(Func<CancellationToken, Task<T>> read, ServingChanges changes, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private (Task<T> Value, long Generation, DateTimeOffset ReadAt)? _current;

    /// <summary>The kept value, or a fresh read when it expired or this instance changed something.</summary>
    public Task<T> GetAsync()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_current is { } c && c.Generation == changes.Generation && now - c.ReadAt < ServingChanges.TimeToLive
                && !c.Value.IsFaulted && !c.Value.IsCanceled)
                return c.Value;
            // The generation is taken before reading, so a change during the read makes the next caller read again.
            var generation = changes.Generation;
            _current = (ReadAsync(), generation, now);
            return _current.Value.Value;
        }
    }

    // Not tied to one caller's cancellation: the read is shared.
    private async Task<T> ReadAsync()
    {
        await Task.Yield();
        return await read(CancellationToken.None);
    }
}
