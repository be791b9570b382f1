namespace PohAnalytics.Core.Benchmarks;

/// <summary>Versioned benchmarks (Table Storage in production).</summary>
public interface IBenchmarkRegistry
{
    /// <summary>
    /// Stores <paramref name="candidate"/> as the next version of its id and returns it with its version number. When the
    /// latest version already has the same content, nothing is stored and the latest version is returned.
    /// </summary>
    Task<BenchmarkDefinition> AddVersionAsync(BenchmarkDefinition candidate, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="candidate"/> as version 1 when no version of its id exists (seeding); returns whether it did.</summary>
    Task<bool> AddIfAbsentAsync(BenchmarkDefinition candidate, CancellationToken cancellationToken);

    /// <summary>The latest version of every benchmark, by id.</summary>
    Task<IReadOnlyList<BenchmarkDefinition>> ListLatestAsync(CancellationToken cancellationToken);

    /// <summary>The latest version of one benchmark, or null.</summary>
    Task<BenchmarkDefinition?> GetLatestAsync(string benchmarkId, CancellationToken cancellationToken);

    /// <summary>All versions of one benchmark, oldest first.</summary>
    Task<IReadOnlyList<BenchmarkDefinition>> ListVersionsAsync(string benchmarkId, CancellationToken cancellationToken);
}
