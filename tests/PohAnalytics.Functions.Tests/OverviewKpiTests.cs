using System.Net.Http.Json;
using System.Text.Json;

namespace PohAnalytics.Functions.Tests;

/// <summary>Honest KPIs: the Overview does not add up respondents of different datasets as one population.</summary>
[Collection(RunnerCollection.Name)]
public sealed class OverviewKpiTests(RunnerFixture runner)
{
    [Theory]
    [InlineData("/api/published/views/overview.json")]
    [InlineData("/api/views/overview?dataset=poh-ggz-vragenlijst-2019")]
    public async Task The_respondents_kpi_counts_one_named_dataset_not_the_sum_of_all(string url)
    {
        await runner.SeedDemoDataAsync();

        var view = await runner.Client.GetFromJsonAsync<JsonElement>(url);

        var kpi = view.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "respondents");
        var rows = view.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "datasets")
            .GetProperty("table").GetProperty("rows").EnumerateArray()
            .Select(r => (Name: r[0].GetProperty("nl").GetString()!, Count: r[1])).ToList();
        Assert.True(rows.Count > 1, "the demo data has several datasets");
        var note = kpi.GetProperty("note").GetProperty("nl").GetString()!;
        var named = rows.Where(r => note.Contains(r.Name, StringComparison.Ordinal)).ToList();
        Assert.Single(named);
        Assert.Equal(named[0].Count.ToString(), kpi.GetProperty("value").ToString());
        if (url.Contains("dataset=", StringComparison.Ordinal)) Assert.Contains("2019", named[0].Name);
    }
}
