using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PohAnalytics.Functions.Tests;

/// <summary>The dashboard's views: published snapshots, filtered API answers, suppression against differencing, no microdata.</summary>
[Collection(RunnerCollection.Name)]
public sealed class ViewsTests(RunnerFixture runner)
{
    [Theory]
    [InlineData("overview")]
    [InlineData("representativeness")]
    [InlineData("explore")]
    [InlineData("norms")]
    [InlineData("trends")]
    [InlineData("open-answers")]
    public async Task Every_page_is_published_with_charts_in_both_languages(string page)
    {
        await runner.SeedDemoDataAsync();

        var response = await runner.Client.GetAsync($"/api/published/views/{page}.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(page, view.GetProperty("page").GetString());
        var charts = view.GetProperty("charts").EnumerateArray().ToList();
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            Assert.True(chart.GetProperty("figure").GetProperty("nl").GetProperty("data").GetArrayLength() > 0, $"{page}/{chart.GetProperty("id")} has no traces");
            Assert.True(chart.GetProperty("figure").GetProperty("en").TryGetProperty("layout", out _));
            Assert.True(chart.GetProperty("table").GetProperty("rows").GetArrayLength() > 0);
        }
        Assert.NotEmpty(view.GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public async Task Representativeness_shows_the_sample_and_the_three_benchmarks_of_table_4_1()
    {
        await runner.SeedDemoDataAsync();

        var view = await runner.Client.GetFromJsonAsync<JsonElement>("/api/views/representativeness?dataset=poh-ggz-vragenlijst-2019");

        var employment = view.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "compare-employment");
        var series = employment.GetProperty("figure").GetProperty("en").GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal("Sample", series[0]);
        Assert.Contains(series, s => s!.Contains("LV POH-GGZ"));
        Assert.Contains(series, s => s!.Contains("LHV"));
        Assert.Contains(series, s => s!.Contains("Nivel"));
        Assert.Contains(view.GetProperty("charts").EnumerateArray(), c => c.GetProperty("id").GetString() == "smd-heat");
    }

    [Fact]
    public async Task The_weighted_toggle_rakes_to_the_benchmark_and_reports_the_design_effect()
    {
        await runner.SeedDemoDataAsync();

        var view = await runner.Client.GetFromJsonAsync<JsonElement>("/api/views/representativeness?dataset=poh-ggz-vragenlijst-2019&benchmark=lvpohggz-2018&weighted=true");

        var deff = view.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "deff-lvpohggz-2018");
        Assert.True(deff.GetProperty("value").GetDouble() > 1, "raking a skewed sample costs precision");
        var unweighted = await runner.Client.GetFromJsonAsync<JsonElement>("/api/views/representativeness?dataset=poh-ggz-vragenlijst-2019&benchmark=lvpohggz-2018");
        Assert.DoesNotContain(unweighted.GetProperty("kpis").EnumerateArray(), k => k.GetProperty("id").GetString()!.StartsWith("deff-"));
    }

    [Fact]
    public async Task Slicers_combine_when_the_group_is_large_enough_and_are_refused_with_a_reason_when_small()
    {
        await runner.SeedDemoDataAsync();

        var all = await runner.Client.GetFromJsonAsync<JsonElement>("/api/views/explore?dataset=poh-ggz-vragenlijst-2019&variable=gender");
        var subgroup = await runner.Client.GetFromJsonAsync<JsonElement>("/api/views/explore?dataset=poh-ggz-vragenlijst-2019&employment=practice_employed&variable=gender");
        var small = await runner.Client.GetAsync("/api/views/explore?dataset=poh-ggz-vragenlijst-2019&employment=practice_employed&region=Nijmegen");
        var poll = "ledenpeiling-lv-poh-ggz-2018";
        var bands = (await runner.Client.GetFromJsonAsync<JsonElement>($"/api/views/explore?dataset={poll}")).GetProperty("filters").GetProperty("available")
            .EnumerateArray().Single(f => f.GetProperty("id").GetString() == "experience").GetProperty("options").EnumerateArray()
            .Select(o => o.GetProperty("value").GetString()!).ToList();
        var combined = new List<JsonElement>();
        foreach (var band in bands)
        {
            var response = await runner.Client.GetAsync($"/api/views/explore?dataset={poll}&employment=practice_employed&experience={band}&variable=gender");
            if (response.IsSuccessStatusCode) combined.Add(await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        Assert.NotEqual(Counts(all, "gender"), Counts(subgroup, "gender"));
        Assert.Equal(HttpStatusCode.BadRequest, small.StatusCode);
        Assert.Contains("respondent", await small.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(combined);
        Assert.All(combined, view => Assert.True(view.GetProperty("kpis")[0].GetProperty("value").GetInt64() >= 20));
    }

    [Fact]
    public async Task Hidden_cells_cannot_be_derived_from_the_unfiltered_view_and_the_subgroup_views()
    {
        await runner.SeedDemoDataAsync();
        const string dataset = "poh-ggz-vragenlijst-2019";

        foreach (var variable in new[] { "gender", "employment", "gp_consultation_fixed", "waiting_time_intake", "region" })
        {
            var total = Counts(await runner.Client.GetFromJsonAsync<JsonElement>($"/api/views/explore?dataset={dataset}&variable={variable}"), variable);
            var regions = (await runner.Client.GetFromJsonAsync<JsonElement>($"/api/views/explore?dataset={dataset}")).GetProperty("filters").GetProperty("available")
                .EnumerateArray().Single(f => f.GetProperty("id").GetString() == "region").GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()!).ToList();
            var groups = new List<List<object?>>();
            foreach (var region in regions)
            {
                var response = await runner.Client.GetAsync($"/api/views/explore?dataset={dataset}&variable={variable}&region={Uri.EscapeDataString(region)}");
                if (response.StatusCode == System.Net.HttpStatusCode.BadRequest)
                {
                    // A refused subgroup serves nothing but its reason.
                    Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()));
                    continue;
                }
                groups.Add(Counts(await response.Content.ReadFromJsonAsync<JsonElement>(), variable));
            }

            // The attack: a category's total minus its shown subgroup cells reveals a hidden subgroup cell when only one is hidden.
            for (var c = 0; c < total.Count; c++)
            {
                var hiddenInRow = groups.Count(g => g[c] is string);
                Assert.True(hiddenInRow != 1 || total[c] is string, $"{variable}: category {c} has one hidden region cell next to a shown total");
                foreach (var g in groups)
                    if (g[c] is long n) Assert.True(n == 0 || n >= 5, $"{variable}: a count of {n} is shown");
            }
        }
    }

    [Fact]
    public async Task No_view_contains_names_email_addresses_or_respondent_ids()
    {
        await runner.SeedDemoDataAsync();

        foreach (var page in new[] { "overview", "representativeness", "explore", "norms", "trends", "open-answers" })
        {
            var text = await runner.Client.GetStringAsync($"/api/published/views/{page}.json");
            Assert.DoesNotContain("@praktijk-voorbeeld.nl", text);
            Assert.DoesNotContain("Saskia Mulder", text);
            Assert.DoesNotContain("\"R1000\"", text);
            Assert.DoesNotContain("LV18000", text);
        }
    }

    private static List<object?> Counts(JsonElement view, string chartId)
    {
        var chart = view.GetProperty("charts").EnumerateArray().First(c => c.GetProperty("id").GetString() == chartId);
        return chart.GetProperty("table").GetProperty("rows").EnumerateArray()
            .Select(r => r[1].ValueKind switch { JsonValueKind.Number => (object?)r[1].GetInt64(), JsonValueKind.String => r[1].GetString(), _ => null }).ToList();
    }
}
