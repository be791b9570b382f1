using System.Net.Http.Json;
using System.Text.Json;

namespace PohAnalytics.Functions.Tests;

/// <summary>One colour per entity: a series name has the same colour in every published (and filtered) view.</summary>
[Collection(RunnerCollection.Name)]
public sealed class EntityColourTests(RunnerFixture runner)
{
    private static readonly string[] Views =
    [
        "/api/published/views/overview.json", "/api/published/views/representativeness.json", "/api/published/views/explore.json",
        "/api/published/views/norms.json", "/api/published/views/trends.json", "/api/published/views/open-answers.json",
        "/api/views/representativeness?weighted=true", "/api/views/norms?employment=practice_employed",
        "/api/views/trends?employment=practice_employed",
    ];

    [Fact]
    public async Task Every_series_with_the_same_name_has_the_same_colour_in_every_view()
    {
        await runner.SeedDemoDataAsync();
        var seen = new Dictionary<(string Lang, string Name), HashSet<string>>();
        var where = new Dictionary<(string Lang, string Name), List<string>>();
        var coloured = 0;
        foreach (var url in Views)
        {
            var response = await runner.Client.GetAsync(url);
            if (!response.IsSuccessStatusCode) continue;
            var view = await response.Content.ReadFromJsonAsync<JsonElement>();
            foreach (var chart in view.GetProperty("charts").EnumerateArray())
                foreach (var lang in new[] { "nl", "en" })
                    foreach (var trace in chart.GetProperty("figure").GetProperty(lang).GetProperty("data").EnumerateArray())
                    {
                        if (!trace.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String) continue;
                        if (!trace.TryGetProperty("marker", out var marker) || !marker.TryGetProperty("color", out var colour)
                            || colour.ValueKind != JsonValueKind.String) continue;
                        var key = (lang, name.GetString()!);
                        if (!seen.TryGetValue(key, out var colours)) seen[key] = colours = [];
                        colours.Add(colour.GetString()!.ToUpperInvariant());
                        (where.TryGetValue(key, out var list) ? list : where[key] = []).Add($"{url} {chart.GetProperty("id")} {colour}");
                        coloured++;
                    }
        }

        Assert.True(coloured > 20, $"only {coloured} coloured series found");
        var clashes = seen.Where(kv => kv.Value.Count > 1).Select(kv => $"{kv.Key}: {string.Join(", ", where[kv.Key])}").ToList();
        Assert.True(clashes.Count == 0, "Series with several colours:\n" + string.Join("\n", clashes));
    }
}
