using System.Net.Http.Json;
using System.Text.Json;

namespace PohAnalytics.Functions.Tests;

/// <summary>The same variable, dataset and selection carry the same numbers and marks in every endpoint and page.</summary>
[Collection(RunnerCollection.Name)]
public sealed class DisclosureConsistencyTests(RunnerFixture runner)
{
    private const string Survey = "poh-ggz-vragenlijst-2019";

    [Theory]
    [InlineData("gender")]
    [InlineData("employment")]
    [InlineData("region")]
    [InlineData("waiting_time_intake")]
    [InlineData("workload_high")]
    [InlineData("experience_poh_years")]
    public async Task Descriptives_document_and_explore_page_show_the_same_cells(string variable)
    {
        await runner.SeedDemoDataAsync();

        var descriptives = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{Survey}/descriptives");
        var described = descriptives.GetProperty("variables").EnumerateArray().Single(v => v.GetProperty("variable").GetString() == variable);
        var explore = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/views/explore?dataset={Survey}&variable={variable}");
        var chart = explore.GetProperty("charts").EnumerateArray().First(c => c.GetProperty("id").GetString() == variable);

        var fromDocument = described.GetProperty("categories").EnumerateArray()
            .Select(c => c.GetProperty("suppressed").GetBoolean() ? c.GetProperty("display").GetString() : c.GetProperty("count").GetInt64().ToString()).ToList();
        var fromPage = chart.GetProperty("table").GetProperty("rows").EnumerateArray()
            .Select(r => r[1].ValueKind == JsonValueKind.Number ? r[1].GetInt64().ToString() : r[1].GetString()).ToList();
        Assert.Equal(fromDocument, fromPage);
        Assert.NotEmpty(fromPage);
    }

    [Fact]
    public async Task A_subgroup_has_the_same_norm_cells_on_the_norms_page_as_in_its_own_selection_and_on_the_overview()
    {
        await runner.SeedDemoDataAsync();

        var norms = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/views/norms?dataset={Survey}");
        var byEmployment = Table(norms, "norms-by-employment");
        var practice = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/views/norms?dataset={Survey}&employment=practice_employed");
        var overview = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/views/overview?dataset={Survey}&employment=practice_employed");

        var surveyColumn = 1 + Chart(practice, "norms-by-dataset").GetProperty("table").GetProperty("columns").EnumerateArray().Skip(1)
            .ToList().FindIndex(c => c.GetProperty("label").GetProperty("nl").GetString() == "POH-GGZ vragenlijst 2019");
        Assert.True(surveyColumn > 0);
        var column = Table(practice, "norms-by-dataset").Select(r => r[surveyColumn]).ToList();
        var row = byEmployment.Select(r => r[1]).ToList();
        Assert.Equal(row, column);
        var shown = Table(overview, "norms").Select(r => r[1]).ToList();
        Assert.All(shown, cell => Assert.Contains(cell, column));
    }

    [Fact]
    public async Task Representativeness_document_hides_the_sample_cells_the_descriptives_hide()
    {
        await runner.SeedDemoDataAsync();

        var descriptives = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{Survey}/descriptives");
        var report = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{Survey}/representativeness?benchmark=lvpohggz-2018");
        var hidden = descriptives.GetProperty("variables").EnumerateArray()
            .Where(v => v.GetProperty("type").GetString() != "multiResponse" && v.GetProperty("type").GetString() != "multi-response")
            .SelectMany(v => v.GetProperty("categories").EnumerateArray().Select(c => (Variable: v.GetProperty("variable").GetString()!,
                Code: c.GetProperty("code").GetString()!, Hidden: c.GetProperty("suppressed").GetBoolean())))
            .ToDictionary(c => $"{c.Variable}|{c.Code}", c => c.Hidden);

        var compared = 0;
        foreach (var proportion in report.GetProperty("comparisons").GetProperty("proportions").EnumerateArray())
        {
            var categories = proportion.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToList();
            if (categories.Count != 1 || !hidden.TryGetValue($"{proportion.GetProperty("variable").GetString()}|{categories[0]}", out var isHidden)) continue;
            compared++;
            Assert.Equal(isHidden, !proportion.TryGetProperty("samplePercent", out var percent) || percent.ValueKind == JsonValueKind.Null);
        }
        Assert.True(compared > 5);
    }

    private static JsonElement Chart(JsonElement view, string chartId) =>
        view.GetProperty("charts").EnumerateArray().First(c => c.GetProperty("id").GetString() == chartId);

    private static List<List<string?>> Table(JsonElement view, string chartId) =>
        Chart(view, chartId).GetProperty("table").GetProperty("rows")
            .EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.ValueKind switch
            {
                JsonValueKind.Number => c.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture),
                JsonValueKind.String => c.GetString(),
                JsonValueKind.Null => null,
                _ => c.ToString(),
            }).ToList()).ToList();
}
