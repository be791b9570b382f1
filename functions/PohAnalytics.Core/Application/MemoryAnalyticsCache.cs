using System.Collections.Concurrent;

namespace PohAnalytics.Core.Application;

/// <summary>
/// In-process cache with a size bound (oldest entries leave first). Results are small and cheap to recompute from
/// Parquet, so a per-instance cache is enough; keys carry every input version, so entries never need invalidating.
/// </summary>
public sealed class MemoryAnalyticsCache(int capacity = 256) : IAnalyticsCache
{
    /// <summary>
    /// Capacity for analytics results: a dataset has about fifteen (audit, descriptives, comparisons and raked reports per
    /// benchmark), and a refresh that rebuilds the pages needs every dataset's audit, so this fits a few hundred datasets.
    /// </summary>
    public const int ResultCapacity = 4096;

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <inheritdoc />
    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create) where T : class
    {
        var entry = _entries.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            return new Lazy<Task<object>>(async () => await create());
        });
        try
        {
            var value = (T)await entry.Value;
            Trim();
            return value;
        }
        catch
        {
            // Failures (bad input, storage hiccups) are not cached.
            _entries.TryRemove(key, out _);
            throw;
        }
    }

    private void Trim()
    {
        while (_entries.Count > capacity && _order.TryDequeue(out var oldest))
            _entries.TryRemove(oldest, out _);
    }
}
