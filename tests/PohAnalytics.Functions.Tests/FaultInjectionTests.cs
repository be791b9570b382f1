using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Registry;
using PohAnalytics.Storage;
using PohAnalytics.Storage.Table;
using Xunit.Abstractions;

namespace PohAnalytics.Functions.Tests;

/// <summary>
/// A real Azurite stopped and restarted in the middle of an ingestion and of a refresh: afterwards nothing is
/// duplicated, nothing half-published, and no version is served whose ingestion did not succeed. Each test has a runner
/// of its own, as it takes storage away.
/// </summary>
public sealed class FaultInjectionTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Poh:MaxUploadBytes"] = (40L << 20).ToString(CultureInfo.InvariantCulture),
        ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "10",
        ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:01",
    };

    [Fact]
    public async Task A_storage_outage_during_an_ingestion_ends_in_one_version_whose_ingestion_succeeded()
    {
        await using var runner = await StartAsync();
        await runner.IngestAsync(Encoding.UTF8.GetBytes("Geslacht;Leeftijd\nVrouw;44\nMan;51\nVrouw;38\n"), "storing-basis.csv", "Storing 2024");
        var response = await runner.UploadAsync(LargeCsv(150_000), "storing-groot.csv", "Storing 2024");
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString()!;
        await Eventually.Get<JsonElement>(async () =>
        {
            var status = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{id}");
            return status.GetProperty("status").GetString() is "processing" or "succeeded" or "failed" ? status : null;
        }, "the ingestion to start", TimeSpan.FromSeconds(60));

        await runner.Azurite.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await runner.Azurite.RestartAsync();
        var final = await runner.WaitForCompletionAsync(id, TimeSpan.FromMinutes(4));

        output.WriteLine($"attempts {final.GetProperty("attempts").GetInt32()}, last error {(final.TryGetProperty("lastError", out var e) ? e : default)}");
        Assert.Equal("succeeded", final.GetProperty("status").GetString());
        var registry = new TableDatasetRegistry(runner.Storage, TimeProvider.System);
        var versions = await registry.ListVersionsAsync("storing-2024", CancellationToken.None);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(id, versions[1].IngestionId);
        Assert.Equal(2, final.GetProperty("datasetVersion").GetInt32());
        Assert.Equal(2, (await registry.GetDatasetAsync("storing-2024", CancellationToken.None))!.CurrentVersion);
        await AssertEveryVersionHasASucceededIngestionAsync(registry, versions);
    }

    [Fact]
    public async Task A_storage_outage_during_a_refresh_leaves_a_whole_publication_served()
    {
        await using var runner = await StartAsync();
        await runner.SeedDemoDataAsync();
        var before = await ManifestAsync(runner);

        var refresh = runner.Client.PostAsync("/api/refresh?force=true", null);
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        await runner.Azurite.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await runner.Azurite.RestartAsync();
        try { (await refresh).Dispose(); } catch (HttpRequestException) { } catch (TaskCanceledException) { }

        var middle = await ManifestAsync(runner);
        Assert.True(middle.Version >= before.Version);
        await AssertWholeAsync(runner, middle);
        var again = await Eventually.Get<JsonElement>(async () =>
        {
            var result = await (await runner.Client.PostAsync("/api/refresh?force=true", null)).Content.ReadFromJsonAsync<JsonElement>();
            return result.TryGetProperty("outcome", out var outcome) && outcome.GetString() == "published" ? result : null;
        }, "a refresh after the outage to publish", TimeSpan.FromMinutes(2));
        var after = await ManifestAsync(runner);
        Assert.Equal(again.GetProperty("version").GetInt32(), after.Version);
        Assert.True(after.Version > middle.Version);
        await AssertWholeAsync(runner, after);
        var datasets = await runner.Client.GetFromJsonAsync<JsonElement>("/api/published/datasets.json");
        Assert.True(datasets.GetArrayLength() >= 4);
    }

    private static async Task<RunnerFixture> StartAsync() => await RunnerFixture.StartWithRestartableStorageAsync(Settings);

    private static async Task AssertEveryVersionHasASucceededIngestionAsync(TableDatasetRegistry registry, IReadOnlyList<DatasetVersionRecord> versions)
    {
        foreach (var version in versions)
        {
            var ingestion = await registry.GetIngestionAsync(version.IngestionId, CancellationToken.None);
            Assert.Equal(IngestionStatus.Succeeded, ingestion!.Status);
            Assert.Equal(version.Version, ingestion.DatasetVersion);
        }
    }

    private static async Task<PublishedManifest> ManifestAsync(RunnerFixture runner)
    {
        var blob = runner.Storage.Blobs.GetBlobContainerClient(StorageNames.PublishedContainer).GetBlobClient("manifest.json");
        return (await blob.DownloadContentAsync()).Value.Content.ToObjectFromJson<PublishedManifest>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static async Task AssertWholeAsync(RunnerFixture runner, PublishedManifest manifest)
    {
        var container = runner.Storage.Blobs.GetBlobContainerClient(StorageNames.PublishedContainer);
        Assert.NotEmpty(manifest.Documents);
        foreach (var (path, storagePath) in manifest.Documents)
            Assert.True((await container.GetBlobClient(storagePath).ExistsAsync()).Value, $"{path} → {storagePath} exists");
    }

    private static byte[] LargeCsv(int rows)
    {
        var builder = new StringBuilder("Geslacht;Leeftijd;Regio\n");
        for (var i = 0; i < rows; i++)
            builder.Append(i % 2 == 0 ? "Vrouw" : "Man").Append(';').Append(20 + i % 60).Append(';').Append(i % 3 == 0 ? "Noord" : "Zuid").Append('\n');
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
