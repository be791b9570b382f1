using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PohAnalytics.Core.Benchmarks;

namespace PohAnalytics.Storage.Table;

/// <summary>
/// Benchmarks in Table Storage: one partition per benchmark id holding immutable version rows (<c>v000001</c>…) and a head
/// row (<c>latest</c>) with a copy of the latest version. A new version and the head's move to it commit in one
/// transaction, guarded by the head's ETag, so concurrent uploads get distinct version numbers.
/// </summary>
public sealed class TableBenchmarkRegistry(StorageClients clients, TimeProvider clock) : IBenchmarkRegistry
{
    private const string HeadRow = "latest";
    private TableClient Benchmarks => clients.Tables.GetTableClient(StorageNames.BenchmarksTable);

    /// <inheritdoc />
    public async Task<BenchmarkDefinition> AddVersionAsync(BenchmarkDefinition candidate, CancellationToken cancellationToken)
    {
        var hash = candidate.ContentSha256;
        for (var attempt = 0; ; attempt++)
        {
            var head = await Benchmarks.GetEntityIfExistsAsync<TableEntity>(candidate.Id, HeadRow, cancellationToken: cancellationToken);
            if (head.HasValue && head.Value!.GetString("ContentSha256") == hash)
                return FromEntity(head.Value);
            var version = candidate with { Version = (head.HasValue ? head.Value!.GetInt32("Version") ?? 0 : 0) + 1, CreatedAt = clock.GetUtcNow() };
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.Add, ToEntity(version, $"v{version.Version:D6}")),
                head.HasValue
                    ? new(TableTransactionActionType.UpdateReplace, ToEntity(version, HeadRow), head.Value!.ETag)
                    : new(TableTransactionActionType.Add, ToEntity(version, HeadRow)),
            };
            try
            {
                await Benchmarks.SubmitTransactionAsync(actions, cancellationToken);
                return version;
            }
            catch (TableTransactionFailedException) when (attempt < 20)
            {
                // Another writer took this version number first; re-read and try the next one.
            }
        }
    }

    /// <inheritdoc />
    public async Task<bool> AddIfAbsentAsync(BenchmarkDefinition candidate, CancellationToken cancellationToken)
    {
        var head = await Benchmarks.GetEntityIfExistsAsync<TableEntity>(candidate.Id, HeadRow, cancellationToken: cancellationToken);
        if (head.HasValue) return false;
        var version = candidate with { Version = 1, CreatedAt = clock.GetUtcNow() };
        try
        {
            await Benchmarks.SubmitTransactionAsync(
                [new(TableTransactionActionType.Add, ToEntity(version, "v000001")), new(TableTransactionActionType.Add, ToEntity(version, HeadRow))],
                cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BenchmarkDefinition>> ListLatestAsync(CancellationToken cancellationToken)
    {
        var list = new List<BenchmarkDefinition>();
        await foreach (var entity in Benchmarks.QueryAsync<TableEntity>(e => e.RowKey == HeadRow, cancellationToken: cancellationToken))
            list.Add(FromEntity(entity));
        return list.OrderBy(b => b.Id, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<BenchmarkDefinition?> GetLatestAsync(string benchmarkId, CancellationToken cancellationToken)
    {
        var head = await Benchmarks.GetEntityIfExistsAsync<TableEntity>(benchmarkId, HeadRow, cancellationToken: cancellationToken);
        return head.HasValue ? FromEntity(head.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BenchmarkDefinition>> ListVersionsAsync(string benchmarkId, CancellationToken cancellationToken)
    {
        var list = new List<BenchmarkDefinition>();
        await foreach (var entity in Benchmarks.QueryAsync<TableEntity>(e => e.PartitionKey == benchmarkId && e.RowKey != HeadRow, cancellationToken: cancellationToken))
            list.Add(FromEntity(entity));
        return list.OrderBy(b => b.Version).ToList();
    }

    private static TableEntity ToEntity(BenchmarkDefinition benchmark, string rowKey)
    {
        var entity = new TableEntity(benchmark.Id, rowKey)
        {
            ["Version"] = benchmark.Version,
            ["ContentSha256"] = benchmark.ContentSha256,
            ["Source"] = benchmark.Source,
            ["CreatedAt"] = benchmark.CreatedAt,
        };
        RegistryJson.WriteChunked(entity, "Benchmark", JsonSerializer.Serialize(benchmark, RegistryJson.Options));
        return entity;
    }

    private static BenchmarkDefinition FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<BenchmarkDefinition>(RegistryJson.ReadChunked(entity, "Benchmark")!, RegistryJson.Options)
        ?? throw new InvalidDataException($"Benchmark row {entity.PartitionKey}/{entity.RowKey} holds no benchmark.");
}
