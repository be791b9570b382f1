namespace PohAnalytics.Core.Application;

/// <summary>
/// Caches computed analytics by a key that names every input version (dataset source hash and version, benchmark version
/// and content hash, codebook SHA-256, suppression threshold, options, engine version), so an entry is never stale: a new
/// dataset or benchmark version simply has a different key.
/// </summary>
public interface IAnalyticsCache
{
    /// <summary>The cached value for <paramref name="key"/>, or the result of <paramref name="create"/>, stored.</summary>
    Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create) where T : class;
}
