using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Tests.Application;

/// <summary>Datasets whose current version the test sets directly.</summary>
internal sealed class InMemoryDatasets : IDatasetRegistry
{
    public Dictionary<string, DatasetRecord> Heads { get; } = new();

    public Task<DatasetRecord?> GetDatasetAsync(string datasetId, CancellationToken cancellationToken) => Task.FromResult(Heads.GetValueOrDefault(datasetId));
    public Task<IReadOnlyList<DatasetRecord>> ListDatasetsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<DatasetRecord>>(Heads.Values.ToList());
    public Task<(IngestionRecord Record, bool Created)> CreateIngestionIfAbsentAsync(IngestionRecord record, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<IngestionRecord?> GetIngestionAsync(string ingestionId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task UpdateIngestionAsync(IngestionRecord record, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<bool> TryReplaceIngestionAsync(IngestionRecord record, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<IReadOnlyList<IngestionRecord>> ListIngestionsAsync(int top, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<DatasetVersionRecord> CommitVersionAsync(IngestionRecord ingestion, string curatedPath, long rows, string codebookVersion, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<IReadOnlyList<DatasetVersionRecord>> ListVersionsAsync(string datasetId, CancellationToken cancellationToken) => throw new NotSupportedException();
}

/// <summary>Versioned benchmarks in a dictionary, with the registry's idempotency rules.</summary>
internal sealed class InMemoryBenchmarks : IBenchmarkRegistry
{
    private readonly Dictionary<string, List<BenchmarkDefinition>> _versions = new();

    public Task<BenchmarkDefinition> AddVersionAsync(BenchmarkDefinition candidate, CancellationToken cancellationToken)
    {
        var versions = _versions.TryGetValue(candidate.Id, out var list) ? list : _versions[candidate.Id] = [];
        if (versions.Count > 0 && versions[^1].ContentSha256 == candidate.ContentSha256) return Task.FromResult(versions[^1]);
        versions.Add(candidate with { Version = versions.Count + 1 });
        return Task.FromResult(versions[^1]);
    }

    public async Task<bool> AddIfAbsentAsync(BenchmarkDefinition candidate, CancellationToken cancellationToken)
    {
        if (_versions.ContainsKey(candidate.Id)) return false;
        await AddVersionAsync(candidate, cancellationToken);
        return true;
    }

    public Task<IReadOnlyList<BenchmarkDefinition>> ListLatestAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BenchmarkDefinition>>(_versions.Values.Select(v => v[^1]).ToList());

    public Task<BenchmarkDefinition?> GetLatestAsync(string benchmarkId, CancellationToken cancellationToken) =>
        Task.FromResult(_versions.TryGetValue(benchmarkId, out var v) ? v[^1] : null);

    public Task<IReadOnlyList<BenchmarkDefinition>> ListVersionsAsync(string benchmarkId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BenchmarkDefinition>>(_versions.GetValueOrDefault(benchmarkId) ?? []);
}

/// <summary>Serves curated data by path and counts the reads.</summary>
internal sealed class CountingReader : ICuratedDatasetReader
{
    public Dictionary<string, CuratedData> Files { get; } = new();
    public int Reads { get; private set; }

    public Task<CuratedData> ReadAsync(string curatedPath, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult(Files[curatedPath]);
    }
}

/// <summary>Records refresh requests.</summary>
internal sealed class RecordingRefreshQueue : IRefreshQueue
{
    public List<string> Triggers { get; } = [];

    public Task RequestAsync(string trigger, CancellationToken cancellationToken)
    {
        Triggers.Add(trigger);
        return Task.CompletedTask;
    }
}
