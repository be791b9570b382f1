using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PohAnalytics.Testing;

namespace PohAnalytics.Functions.Tests;

/// <summary>
/// Issue 11 over HTTP against Azurite: an English, comma-separated, Windows-1252 export is held for review, staff accept
/// the suggested mapping, reprocess the stored raw file and get every row accepted — without a deployment.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class MappingWorkflowTests(RunnerFixture runner)
{
    private const string English = "poh-ggz-questionnaire-2019-english.csv";

    [Fact]
    public async Task English_export_goes_from_mostly_rejected_to_fully_accepted_after_accepting_the_suggestions()
    {
        var bytes = await File.ReadAllBytesAsync(RepoPaths.Fixture(English));
        var held = await runner.IngestAsync(bytes, English, "POH-GGZ questionnaire 2019 EN");
        var heldId = held.GetProperty("id").GetString()!;

        // From the Dutch original: 21 "Employed by GP practice" (same as the label without "the": mapped automatically)
        // and 5 "Self-employed" (an alias) are accepted; 21 + 17 + 15 seconded rows carry unknown wordings.
        Assert.Equal("needs-review", held.GetProperty("status").GetString());
        Assert.Equal(26, held.GetProperty("report").GetProperty("rowsAccepted").GetInt32());
        Assert.Equal(53, held.GetProperty("report").GetProperty("rowsRejected").GetInt32());
        Assert.Contains("53 of 79 rows", held.GetProperty("reviewReason").GetString());
        Assert.DoesNotContain(await DatasetsAsync(), d => d.GetProperty("id").GetString() == "poh-ggz-questionnaire-2019-en");

        var mapping = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{heldId}/mapping");
        var values = mapping.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(
            [("Seconded from mental health provider", 21, "seconded_mh_provider"),
             ("Seconded from care group or GP cooperative", 17, "seconded_care_group"),
             ("Seconded from another organisation", 15, "seconded_other")],
            values.Select(v => (v.GetProperty("value").GetString(), v.GetProperty("rows").GetInt32(),
                v.GetProperty("suggestions")[0].GetProperty("category").GetString())));
        var header = mapping.GetProperty("headers").EnumerateArray().Single();
        Assert.Equal("hours_per_week", header.GetProperty("suggestions")[0].GetProperty("variable").GetString());
        Assert.Equal("practice_employed", mapping.GetProperty("autoMapped")[0].GetProperty("category").GetString());

        var accepted = values.Select(v => new
        {
            variable = v.GetProperty("variable").GetString(),
            category = v.GetProperty("suggestions")[0].GetProperty("category").GetString(),
            alias = v.GetProperty("value").GetString(),
        }).Cast<object>().Append(new { variable = "hours_per_week", header = "Hours a week" }).ToList();
        var added = await runner.Client.PostAsJsonAsync("/api/codebook/aliases?author=staff-test&reason=English%20export", accepted);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var revision = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32();
        var remapped = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{heldId}/mapping");
        Assert.All(remapped.GetProperty("values").EnumerateArray(),
            v => Assert.Equal(JsonValueKind.String, v.GetProperty("mappedTo").ValueKind));

        var reprocess = await runner.Client.PostAsync($"/api/uploads/{heldId}/reprocess", null);
        Assert.Equal(HttpStatusCode.Accepted, reprocess.StatusCode);
        var newId = (await reprocess.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString()!;
        var done = await runner.WaitForCompletionAsync(newId);

        Assert.Equal($"{heldId}-r{revision}", newId);
        Assert.Equal("succeeded", done.GetProperty("status").GetString());
        Assert.Equal(79, done.GetProperty("report").GetProperty("rowsAccepted").GetInt32());
        Assert.Equal(0, done.GetProperty("report").GetProperty("rowsRejected").GetInt32());
        Assert.Equal(revision, done.GetProperty("codebookRevision").GetInt32());
        Assert.Equal(heldId, done.GetProperty("reprocessOf").GetString());
        var original = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{heldId}");
        Assert.Equal("needs-review", original.GetProperty("status").GetString());
        var dataset = await runner.WaitForDatasetAsync("poh-ggz-questionnaire-2019-en");
        Assert.Equal(1, dataset.GetProperty("currentVersion").GetInt32());
        Assert.Equal($"1.0.0+r{revision}", dataset.GetProperty("codebookVersion").GetString());

        var again = await runner.Client.PostAsync($"/api/uploads/{newId}/reprocess", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(newId, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString());
        var versions = await runner.Client.GetFromJsonAsync<JsonElement>("/api/codebook/versions");
        var stored = versions.EnumerateArray().Single(v => v.GetProperty("revision").GetInt32() == revision);
        Assert.Equal("staff-test", stored.GetProperty("author").GetString());
        Assert.Equal("English export", stored.GetProperty("reason").GetString());
        Assert.Equal(4, stored.GetProperty("changes").GetArrayLength());
    }

    [Theory]
    [InlineData("""[{"variable": "employment", "category": "practice_employed", "alias": "Zzp-contract"}]""",
        "already maps to category 'self_employed'")]
    [InlineData("""[{"variable": "employmnt", "category": "other", "alias": "Locum"}]""", "'employmnt' is not a codebook variable")]
    [InlineData("""[{"variable": "employment", "category": "retired", "alias": "Retired"}]""",
        "'retired' is not a category of 'employment'")]
    [InlineData("""[{"variable": "employment", "category": "other", "alias": "Employed by GP-practice"}]""", "ambiguous")]
    [InlineData("""[{"variable": "hours_per_week", "header": "Leeftijd"}]""", "already maps to variable 'age'")]
    public async Task Bad_mappings_are_refused_with_the_reason_and_change_nothing(string body, string reason)
    {
        var before = await runner.Client.GetFromJsonAsync<JsonElement>("/api/codebook/versions");

        var response = await runner.Client.PostAsync("/api/codebook/aliases", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var after = await runner.Client.GetFromJsonAsync<JsonElement>("/api/codebook/versions");
        Assert.Equal(before.GetArrayLength(), after.GetArrayLength());
    }

    [Fact]
    public async Task Concurrent_alias_additions_give_distinct_versions_and_lose_none()
    {
        var aliases = Enumerable.Range(1, 6).Select(i => $"Waarnemer variant {i}").ToList();

        var responses = await Task.WhenAll(aliases.Select(a => runner.Client.PostAsJsonAsync("/api/codebook/aliases",
            new[] { new { variable = "employment", category = "other", alias = a } })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var revisions = new List<int>();
        foreach (var response in responses)
            revisions.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32());
        Assert.Equal(6, revisions.Distinct().Count());
        var current = await runner.Client.GetFromJsonAsync<JsonElement>("/api/codebook");
        var other = current.GetProperty("codebook").GetProperty("variables").EnumerateArray()
            .Single(v => v.GetProperty("id").GetString() == "employment").GetProperty("categories").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "other").GetProperty("aliases").EnumerateArray()
            .Select(a => a.GetString()).OfType<string>();
        Assert.Subset(other.ToHashSet(), aliases.ToHashSet());
    }

    [Fact]
    public async Task Held_version_leaves_the_previous_one_served_until_staff_publish_it_anyway()
    {
        await runner.IngestAsync(Encoding.UTF8.GetBytes("Geslacht;Leeftijd\nVrouw;46\nMan;58\n"), "gate.csv", "Poort 2024");
        var partial = Encoding.UTF8.GetBytes("Geslacht;Leeftijd\nVrouw;46\nMan;213\nVrouw;37\n");
        var held = await runner.IngestAsync(partial, "gate-2.csv", "Poort 2024");

        Assert.Equal("needs-review", held.GetProperty("status").GetString());
        Assert.Equal(1, (await runner.WaitForDatasetAsync("poort-2024")).GetProperty("currentVersion").GetInt32());

        var published = await runner.Client.PostAsync($"/api/uploads/{held.GetProperty("id").GetString()}/publish", null);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var body = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("succeeded", 2), (body.GetProperty("status").GetString(), body.GetProperty("datasetVersion").GetInt32()));
        var dataset = (await DatasetsAsync()).Single(d => d.GetProperty("id").GetString() == "poort-2024");
        Assert.Equal(2, dataset.GetProperty("currentVersion").GetInt32());
    }

    private async Task<List<JsonElement>> DatasetsAsync() =>
        (await runner.Client.GetFromJsonAsync<JsonElement>("/api/datasets")).EnumerateArray().ToList();
}
