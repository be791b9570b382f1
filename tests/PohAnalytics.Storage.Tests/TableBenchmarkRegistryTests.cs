using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Storage;
using PohAnalytics.Storage.Table;
using PohAnalytics.Testing;

namespace PohAnalytics.Storage.Tests;

/// <summary>The benchmark registry against Azurite: seeding is idempotent, new content makes a new version.</summary>
public sealed class TableBenchmarkRegistryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly IReadOnlyList<BenchmarkDefinition> BuiltIn = new BenchmarkCsvParser(CodebookLoader.LoadBuiltIn()).LoadBuiltIn();

    private async Task<TableBenchmarkRegistry> RegistryAsync()
    {
        var clients = new StorageClients(azurite.ConnectionString);
        await clients.EnsureCreatedAsync();
        return new TableBenchmarkRegistry(clients, TimeProvider.System);
    }

    private static BenchmarkDefinition Renamed(BenchmarkDefinition benchmark) => benchmark with { Id = benchmark.Id + "-" + Guid.NewGuid().ToString("N")[..8] };

    [Fact]
    public async Task Seeding_twice_stores_each_benchmark_once_as_version_1()
    {
        var registry = await RegistryAsync();
        var lv = Renamed(BuiltIn.Single(b => b.Id == "lvpohggz-2018"));

        Assert.True(await registry.AddIfAbsentAsync(lv, default));
        Assert.False(await registry.AddIfAbsentAsync(lv, default));

        var versions = await registry.ListVersionsAsync(lv.Id, default);
        var stored = Assert.Single(versions);
        Assert.Equal(1, stored.Version);
        Assert.Equal(lv.ContentSha256, stored.ContentSha256);
        Assert.Equal(["2to3w", "ge3w"], stored.Items.Single(i => i.Variable == "waiting_time_intake").Categories);
        Assert.Contains(await registry.ListLatestAsync(default), b => b.Id == lv.Id);
    }

    [Fact]
    public async Task New_content_makes_the_next_version_and_unchanged_content_keeps_it()
    {
        var registry = await RegistryAsync();
        var first = Renamed(BuiltIn[0]);

        var v1 = await registry.AddVersionAsync(first, default);
        var again = await registry.AddVersionAsync(first, default);
        var withSd = first with { Items = first.Items.Select(i => i.Variable == "age" ? i with { StandardDeviation = 8.7 } : i).ToList() };
        var v2 = await registry.AddVersionAsync(withSd, default);

        Assert.Equal(1, v1.Version);
        Assert.Equal(1, again.Version);
        Assert.Equal(2, v2.Version);
        var latest = await registry.GetLatestAsync(first.Id, default);
        Assert.Equal(2, latest!.Version);
        Assert.Equal(8.7, latest.Items.Single(i => i.Variable == "age").StandardDeviation);
        Assert.Equal([1, 2], (await registry.ListVersionsAsync(first.Id, default)).Select(v => v.Version));
    }

    [Fact]
    public async Task Concurrent_uploads_get_distinct_version_numbers()
    {
        var registry = await RegistryAsync();
        var id = Renamed(BuiltIn[2]).Id;

        var stored = await Task.WhenAll(Enumerable.Range(0, 5).Select(k =>
            registry.AddVersionAsync(BuiltIn[2] with { Id = id, Respondents = 1000 + k }, default)));

        Assert.Equal([1, 2, 3, 4, 5], stored.Select(s => s.Version).Order());
        Assert.Equal(5, (await registry.GetLatestAsync(id, default))!.Version);
    }

    [Fact]
    public async Task An_unknown_benchmark_is_null()
    {
        var registry = await RegistryAsync();

        Assert.Null(await registry.GetLatestAsync("does-not-exist", default));
    }
}
