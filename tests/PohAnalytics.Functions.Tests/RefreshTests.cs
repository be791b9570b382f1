using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PohAnalytics.Functions.Tests;

/// <summary>Refresh after ingestion, atomic publication, history, forced refresh and ETag caching.</summary>
[Collection(RunnerCollection.Name)]
public sealed class RefreshTests(RunnerFixture runner)
{
    [Fact]
    public async Task An_ingestion_triggers_a_refresh_that_publishes_the_dataset_catalog()
    {
        var bytes = Encoding.UTF8.GetBytes("Geslacht;Leeftijd\nVrouw;31\nMan;62\nVrouw;45\nVrouw;50\nMan;41\nVrouw;39\n");
        await runner.IngestAsync(bytes, "catalogus.csv", "Catalogus 2025");

        var catalog = await Eventually.Get<JsonElement>(async () =>
        {
            var response = await runner.Client.GetAsync("/api/published/datasets.json");
            if (!response.IsSuccessStatusCode) return null;
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            return json.EnumerateArray().Any(d => d.GetProperty("id").GetString() == "catalogus-2025") ? json : (JsonElement?)null;
        }, "the catalogue to list the dataset");

        Assert.Equal(6, catalog.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "catalogus-2025").GetProperty("respondents").GetInt32());
        var history = await runner.Client.GetFromJsonAsync<JsonElement>("/api/refresh");
        Assert.Contains(history.GetProperty("refreshes").EnumerateArray(), r => r.GetProperty("trigger").GetString() == "ingestion" && r.GetProperty("outcome").GetString() == "published");
    }

    [Fact]
    public async Task Published_documents_carry_an_etag_and_answer_304_when_unchanged()
    {
        await runner.Client.PostAsync("/api/refresh", null);

        var first = await runner.Client.GetAsync("/api/published/datasets.json");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString());
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/published/datasets.json");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await runner.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_new_publication_is_served_at_once_with_a_new_etag_and_a_stale_etag_gets_the_new_document()
    {
        await runner.Client.PostAsync("/api/refresh", null);
        var before = await runner.Client.GetAsync("/api/published/datasets.json");
        var staleTag = before.Headers.ETag!;
        var bytes = Encoding.UTF8.GetBytes("Geslacht;Leeftijd\nVrouw;34\nMan;51\nVrouw;44\nMan;38\nVrouw;29\n");
        await runner.IngestAsync(bytes, "etag.csv", "ETag nieuwe versie 2025");

        // A refresh on this instance clears the cached manifest: no waiting for the cache's time-to-live.
        var refresh = await (await runner.Client.PostAsync("/api/refresh", null)).Content.ReadFromJsonAsync<JsonElement>();
        var after = await runner.Client.GetAsync("/api/published/datasets.json");
        var freshTag = after.Headers.ETag!;
        var unchanged = await SendConditional("/api/published/datasets.json", freshTag);
        var stale = await SendConditional("/api/published/datasets.json", staleTag);

        Assert.Contains(refresh.GetProperty("outcome").GetString(), new[] { "published", "up-to-date" });
        Assert.False(before.Headers.ETag!.IsWeak);
        Assert.Contains((await after.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(),
            d => d.GetProperty("id").GetString() == "etag-nieuwe-versie-2025");
        Assert.NotEqual(staleTag.Tag, freshTag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(freshTag.Tag, stale.Headers.ETag!.Tag);
        Assert.Contains((await stale.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(),
            d => d.GetProperty("id").GetString() == "etag-nieuwe-versie-2025");
    }

    [Fact]
    public async Task A_filtered_view_answers_304_to_its_own_etag_and_the_full_view_to_another()
    {
        await runner.SeedDemoDataAsync();
        const string path = "/api/views/overview?dataset=poh-ggz-vragenlijst-2019&employment=practice_employed";
        var first = await runner.Client.GetAsync(path);

        var unchanged = await SendConditional(path, first.Headers.ETag!);
        var other = await SendConditional(path, new System.Net.Http.Headers.EntityTagHeaderValue("\"not-this-one\""));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendConditional(string path, System.Net.Http.Headers.EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(tag);
        return await runner.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_refresh_without_changes_is_up_to_date_and_a_forced_one_publishes_a_new_version()
    {
        await runner.Client.PostAsync("/api/refresh", null);

        var unchanged = await (await runner.Client.PostAsync("/api/refresh", null)).Content.ReadFromJsonAsync<JsonElement>();
        var forced = await (await runner.Client.PostAsync("/api/refresh?force=true", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("up-to-date", unchanged.GetProperty("outcome").GetString());
        Assert.Equal("published", forced.GetProperty("outcome").GetString());
        Assert.True(forced.GetProperty("version").GetInt32() > unchanged.GetProperty("version").GetInt32());
        var anonymous = new HttpClient { BaseAddress = new Uri(runner.BaseUrl) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/refresh", null)).StatusCode);
    }

    [Fact]
    public async Task Concurrent_refreshes_and_an_ingestion_leave_a_consistent_publication()
    {
        var bytes = Encoding.UTF8.GetBytes("Geslacht;Leeftijd\nVrouw;33\nMan;58\nVrouw;47\nMan;40\nVrouw;36\n");

        var work = new List<Task<HttpResponseMessage>>
        {
            runner.Client.PostAsync("/api/refresh?force=true", null),
            runner.UploadAsync(bytes, "gelijktijdig.csv", "Gelijktijdig publiceren 2025"),
            runner.Client.PostAsync("/api/refresh?force=true", null),
        };
        var responses = await Task.WhenAll(work);
        var id = (await responses[1].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString()!;
        await runner.WaitForCompletionAsync(id);
        await Eventually.Get<JsonElement>(async () =>
        {
            var catalog = await runner.Client.GetFromJsonAsync<JsonElement>("/api/published/datasets.json");
            return catalog.EnumerateArray().Any(d => d.GetProperty("id").GetString() == "gelijktijdig-publiceren-2025") ? catalog : (JsonElement?)null;
        }, "the catalogue to list the dataset");

        var forced = new[] { responses[0], responses[2] };
        var versions = new List<int>();
        foreach (var r in forced)
        {
            var record = await r.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("published", record.GetProperty("outcome").GetString());
            versions.Add(record.GetProperty("version").GetInt32());
        }
        Assert.Equal(2, versions.Distinct().Count());
        var manifest = await runner.Client.GetFromJsonAsync<JsonElement>("/api/published/manifest.json");
        foreach (var document in manifest.GetProperty("documents").EnumerateObject())
            Assert.Equal(HttpStatusCode.OK, (await runner.Client.GetAsync($"/api/published/{document.Name}")).StatusCode);
    }


    [Fact]
    public async Task The_timer_refreshes_on_the_schedule_from_settings()
    {
        var timerRun = await Eventually.Get<JsonElement>(async () =>
        {
            var history = await runner.Client.GetFromJsonAsync<JsonElement>("/api/refresh?top=50");
            return history.GetProperty("refreshes").EnumerateArray().Where(r => r.GetProperty("trigger").GetString() == "timer").Select(r => (JsonElement?)r).FirstOrDefault();
        }, "a timer-triggered refresh", TimeSpan.FromSeconds(30));

        Assert.Contains(timerRun.GetProperty("outcome").GetString(), new[] { "published", "up-to-date", "skipped" });
        var health = await runner.Client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.NotEqual(JsonValueKind.Null, health.GetProperty("lastRefresh").ValueKind);
    }
}
