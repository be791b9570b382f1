using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PohAnalytics.Storage.Table;

namespace PohAnalytics.Functions.Tests;

/// <summary>Concurrent uploads over HTTP: identical bytes give one version, distinct bytes one version each.</summary>
[Collection(IngestionRunnerCollection.Name)]
public sealed class ConcurrentUploadTests(RunnerFixture runner)
{
    private const int Uploads = 25;

    public static IEnumerable<object[]> Rounds => Enumerable.Range(1, 10).Select(r => new object[] { r });

    [Theory]
    [MemberData(nameof(Rounds))]
    public async Task Concurrent_identical_and_distinct_uploads_give_exactly_one_version_per_distinct_file(int round)
    {
        var same = Csv(round, 0, "gelijk");
        var identical = Enumerable.Range(0, Uploads).Select(_ => runner.UploadAsync(same, "gelijk.csv", $"Gelijk ronde {round}"));
        var distinct = Enumerable.Range(1, Uploads).Select(k => runner.UploadAsync(Csv(round, k, "verschillend"), $"verschillend-{k}.csv", $"Verschillend ronde {round}"));

        var responses = await Task.WhenAll(identical.Concat(distinct));

        var identicalResponses = responses.Take(Uploads).ToList();
        Assert.Single(identicalResponses, r => r.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(Uploads - 1, identicalResponses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Skip(Uploads), r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var ids = new List<string>();
        foreach (var response in responses)
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString()!);
        Assert.Single(ids.Take(Uploads).Distinct());
        Assert.Equal(Uploads, ids.Skip(Uploads).Distinct().Count());

        var statuses = await Task.WhenAll(ids.Distinct().Select(id => runner.WaitForCompletionAsync(id, TimeSpan.FromMinutes(3))));
        Assert.All(statuses, s => Assert.Equal("succeeded", s.GetProperty("status").GetString()));

        var registry = new TableDatasetRegistry(runner.Storage, TimeProvider.System);
        var sameVersions = await registry.ListVersionsAsync($"gelijk-ronde-{round}", CancellationToken.None);
        Assert.Equal([1], sameVersions.Select(v => v.Version));
        var distinctVersions = await registry.ListVersionsAsync($"verschillend-ronde-{round}", CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, Uploads), distinctVersions.Select(v => v.Version));
        Assert.Equal(ids.Skip(Uploads).Order(StringComparer.Ordinal), distinctVersions.Select(v => v.IngestionId).Order(StringComparer.Ordinal));
        var byId = statuses.ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("datasetVersion").GetInt32());
        Assert.All(distinctVersions, v => Assert.Equal(v.Version, byId[v.IngestionId]));
        var datasets = await runner.Client.GetFromJsonAsync<JsonElement>("/api/datasets");
        Assert.Equal(1, Current(datasets, $"gelijk-ronde-{round}"));
        Assert.Equal(Uploads, Current(datasets, $"verschillend-ronde-{round}"));
    }

    private static int Current(JsonElement datasets, string id) =>
        datasets.EnumerateArray().Single(d => d.GetProperty("id").GetString() == id).GetProperty("currentVersion").GetInt32();

    private static byte[] Csv(int round, int k, string kind) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"Geslacht;Leeftijd;Regio\nVrouw;{20 + round};{kind}\nMan;{30 + k};Noord\nVrouw;{40 + k};Zuid\n"));
}
