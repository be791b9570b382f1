using PohAnalytics.Core.Registry;
using PohAnalytics.Storage.Table;
using PohAnalytics.Testing;

namespace PohAnalytics.Storage.Tests.Table;

/// <summary>The Table Storage registry against a real Azurite.</summary>
public sealed class TableDatasetRegistryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<TableDatasetRegistry> RegistryAsync()
    {
        var clients = new StorageClients(azurite.ConnectionString);
        await clients.EnsureCreatedAsync();
        return new TableDatasetRegistry(clients, TimeProvider.System);
    }

    private static IngestionRecord Ingestion(string dataset, char seed) => new()
    {
        Id = IngestionRecord.IdFor(new string(seed, 64)),
        Dataset = DatasetMetadata.Parse(dataset, "member-poll", "poh-ggz", "2024"),
        FileName = $"{seed}.csv",
        SourceSha256 = new string(seed, 64),
        RawPath = $"sha256/{seed}{seed}/{new string(seed, 64)}",
        CreatedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task Creating_an_ingestion_twice_returns_the_first()
    {
        var registry = await RegistryAsync();
        var record = Ingestion("Tweemaal", 'a');

        var first = await registry.CreateIngestionIfAbsentAsync(record, CancellationToken.None);
        var second = await registry.CreateIngestionIfAbsentAsync(record with { FileName = "other.csv" }, CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal("a.csv", second.Record.FileName);
    }

    [Fact]
    public async Task Concurrent_commits_get_distinct_consecutive_versions_and_repeats_are_idempotent()
    {
        var registry = await RegistryAsync();
        var ingestions = "bcdefg".Select(c => Ingestion("Gelijktijdig", c)).ToList();

        var versions = await Task.WhenAll(ingestions.Select(i => registry.CommitVersionAsync(i, $"x/{i.Id}.parquet", 10, "1.0.0", CancellationToken.None)));
        var again = await registry.CommitVersionAsync(ingestions[0], "x/again.parquet", 10, "1.0.0", CancellationToken.None);

        Assert.Equal([1, 2, 3, 4, 5, 6], versions.Select(v => v.Version).Order());
        Assert.Equal(versions[0].Version, again.Version);
        Assert.Equal(6, (await registry.ListVersionsAsync("gelijktijdig", CancellationToken.None)).Count);
        var dataset = await registry.GetDatasetAsync("gelijktijdig", CancellationToken.None);
        Assert.Equal(6, dataset!.CurrentVersion);
        Assert.Equal(versions.Single(v => v.Version == 6).IngestionId, dataset.CurrentIngestionId);
    }

    [Fact]
    public async Task A_large_report_survives_the_round_trip()
    {
        var registry = await RegistryAsync();
        var errors = Enumerable.Range(1, 400).Select(i => new Core.Ingestion.CellError(i, "Leeftijd", new string('9', 50), "out of range (16–80)")).ToList();
        var record = Ingestion("Groot rapport", 'h') with
        {
            Status = IngestionStatus.Failed,
            Report = new Core.Ingestion.IngestionReport { FileName = "h.csv", RowsRead = 400, RowsRejected = 400, FirstErrors = errors },
        };

        await registry.UpdateIngestionAsync(record, CancellationToken.None);
        var read = await registry.GetIngestionAsync(record.Id, CancellationToken.None);

        Assert.Equal(400, read!.Report!.FirstErrors.Count);
        Assert.Equal(IngestionStatus.Failed, read.Status);
        Assert.Equal("member-poll", read.Dataset.KindName);
    }

    [Fact]
    public async Task Concurrent_commits_of_one_ingestion_create_one_version()
    {
        var registry = await RegistryAsync();
        var ingestion = Ingestion("Eenmaal", 'i');

        var versions = await Task.WhenAll(Enumerable.Range(0, 8).Select(k => registry.CommitVersionAsync(ingestion, $"x/{k}.parquet", 10, "1.0.0", CancellationToken.None)));

        Assert.Single(versions.Select(v => v.Version).Distinct());
        Assert.Single(await registry.ListVersionsAsync("eenmaal", CancellationToken.None));
        Assert.Equal(1, (await registry.GetDatasetAsync("eenmaal", CancellationToken.None))!.CurrentVersion);
    }

    [Fact]
    public async Task A_committed_ingestion_reads_as_succeeded_even_when_its_record_was_not_updated()
    {
        var registry = await RegistryAsync();
        var ingestion = Ingestion("Half bijgewerkt", 'j');
        await registry.CreateIngestionIfAbsentAsync(ingestion with { Status = IngestionStatus.Processing }, CancellationToken.None);

        var version = await registry.CommitVersionAsync(ingestion, "x/j.parquet", 10, "1.0.0", CancellationToken.None);
        var read = await registry.GetIngestionAsync(ingestion.Id, CancellationToken.None);
        var listed = (await registry.ListIngestionsAsync(500, CancellationToken.None)).Single(i => i.Id == ingestion.Id);

        Assert.Equal(IngestionStatus.Succeeded, read!.Status);
        Assert.Equal(version.Version, read.DatasetVersion);
        Assert.Equal(IngestionStatus.Succeeded, listed.Status);
    }

    [Fact]
    public async Task A_conditional_replace_fails_when_the_record_changed_since_it_was_read()
    {
        var registry = await RegistryAsync();
        var ingestion = Ingestion("Voorwaardelijk", 'k');
        await registry.CreateIngestionIfAbsentAsync(ingestion, CancellationToken.None);
        var read = (await registry.GetIngestionAsync(ingestion.Id, CancellationToken.None))!;

        var first = await registry.TryReplaceIngestionAsync(read with { Status = IngestionStatus.Processing, ClaimedBy = "a" }, CancellationToken.None);
        var second = await registry.TryReplaceIngestionAsync(read with { Status = IngestionStatus.Processing, ClaimedBy = "b" }, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("a", (await registry.GetIngestionAsync(ingestion.Id, CancellationToken.None))!.ClaimedBy);
    }
}
