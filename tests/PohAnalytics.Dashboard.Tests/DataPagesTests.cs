using System.Text.RegularExpressions;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>The data pages with the demo data: real charts from the published views, slicers, cross-filtering.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DataPagesTests(RunnerFixture runner, ChromiumFixture chromium)
{
    [Theory]
    [MemberData(nameof(DashboardPages.EveryDataPage), MemberType = typeof(DashboardPages))]
    public async Task Each_data_page_renders_its_charts_without_console_errors(string page)
    {
        await runner.SeedDemoDataAsync();
        await using var session = await DashboardSession.OpenAsync(chromium, runner, $"#/{page}");
        var p = session.Page;

        await p.Locator(".chart-card .js-plotly-plot").First.WaitForAsync();
        Assert.True(await p.Locator(".chart-card").CountAsync() > 0);
        Assert.Equal(await p.Locator(".chart-card").CountAsync(), await p.Locator(".chart-card .js-plotly-plot").CountAsync());
        Assert.True(await p.Locator(".notes li").CountAsync() > 0, "the suppression statement is on the page");
        await session.ScreenshotAsync($"data-{page}");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Representativeness_shows_the_sample_and_three_benchmarks()
    {
        await runner.SeedDemoDataAsync();
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "#/representativeness?lang=en");
        var chart = session.Page.Locator("[data-chart='compare-employment']");
        await chart.Locator(".js-plotly-plot").WaitForAsync();

        var legend = await chart.Locator(".legendtext").AllTextContentsAsync();
        Assert.Contains("Sample", legend);
        Assert.Contains(legend, l => l.Contains("LV POH-GGZ"));
        Assert.Contains(legend, l => l.Contains("LHV"));
        Assert.Contains(legend, l => l.Contains("Nivel"));
        await session.ScreenshotAsync("representativeness-employment");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task A_slicer_changes_the_numbers()
    {
        await runner.SeedDemoDataAsync();
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "#/explore?dataset=poh-ggz-vragenlijst-2019&variable=gender");
        var p = session.Page;
        var respondents = p.Locator("[data-kpi='respondents'] .kpi-value");
        await respondents.WaitForAsync();
        var before = await respondents.InnerTextAsync();

        await p.Locator("select[data-filter='employment']").SelectOptionAsync("practice_employed");
        await Eventually.Get<bool>(async () => Regex.IsMatch(p.Url, "employment=practice_employed") && await respondents.InnerTextAsync() != before ? true : null, "the KPI to change");

        Assert.NotEqual(before, await respondents.InnerTextAsync());
        await session.ScreenshotAsync("explore-sliced");
        session.AssertNoErrors();
    }
}
