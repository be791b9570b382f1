using PohAnalytics.Core.Registry;

namespace PohAnalytics.Bench;

/// <summary>Passes reads of curated files to the real reader and counts them per path.</summary>
internal sealed class CountingCuratedReader(ICuratedDatasetReader inner) : ICuratedDatasetReader
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);

    /// <summary>Reads so far, per curated path.</summary>
    public IReadOnlyDictionary<string, int> Reads => _reads;

    /// <inheritdoc />
    public Task<CuratedData> ReadAsync(string curatedPath, CancellationToken cancellationToken)
    {
        _reads.AddOrUpdate(curatedPath, 1, (_, n) => n + 1);
        return inner.ReadAsync(curatedPath, cancellationToken);
    }
}
