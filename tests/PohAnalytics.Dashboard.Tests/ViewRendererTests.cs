using Microsoft.Playwright;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>The generic view renderer against a view in the documented contract (served by <see cref="FakeViews"/>).</summary>
[Collection(DashboardCollection.Name)]
public sealed class ViewRendererTests(RunnerFixture runner, ChromiumFixture chromium)
{
    private FakeViews _views = null!;

    /// <summary>Opens a tab whose view endpoints serve the fixture view, and waits for the first chart.</summary>
    private async Task<DashboardSession> OpenAsync(string hash)
    {
        var session = await DashboardSession.OpenAsync(chromium, runner, "");
        _views = await FakeViews.InstallAsync(session.Page);
        await session.GotoAsync(hash);
        await session.Page.Locator(".chart-card .main-svg").First.WaitForAsync();
        return session;
    }

    [Fact]
    public async Task Snapshot_view_renders_kpis_charts_table_and_notes_in_dutch()
    {
        await using var session = await OpenAsync("#/overview");
        var p = session.Page;

        Assert.Equal(["/api/published/views/overview.json"], _views.Requests);
        Assert.Equal(4, await p.Locator(".kpi").CountAsync());
        Assert.Equal("407", await p.Locator("[data-kpi=respondents] .kpi-value").InnerTextAsync());
        Assert.Equal("86,1%", await p.Locator("[data-kpi=women] .kpi-value").InnerTextAsync());
        Assert.Equal("44,3", await p.Locator("[data-kpi=age] .kpi-value").InnerTextAsync());
        Assert.Equal("<5", await p.Locator("[data-kpi=other_employment] .kpi-value abbr").InnerTextAsync());
        Assert.Equal(2, await p.Locator(".chart-card .js-plotly-plot").CountAsync());
        Assert.Equal("Dienstverband", await p.Locator("#title-employment").InnerTextAsync());
        Assert.Contains("minder dan 5 respondenten", await p.Locator(".notes").InnerTextAsync());
        // Colours come from the view JSON (the C# EntityColours), not from a palette in the renderer.
        var fill = await p.Locator("[data-chart=age] .trace.bars").First.Locator("path").First.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.Equal("rgb(0, 114, 178)", fill);
        var second = await p.Locator("[data-chart=age] .trace.bars").Nth(1).Locator("path").First
            .EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.Equal("rgb(230, 159, 0)", second);
        Assert.Equal(4, await p.Locator(".slicer select").CountAsync());
        Assert.True(await p.Locator(".clear-filters").IsDisabledAsync());
        await session.ScreenshotAsync("view-overview-nl");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Clicking_a_bar_cross_filters_through_the_url_and_the_filtered_api_and_clear_resets()
    {
        await using var session = await OpenAsync("#/overview");
        var p = session.Page;

        // Real mouse input: hover the first bar until Plotly reports it under the pointer, then click it.
        await p.Locator("[data-chart=employment] .plot.cross-filter").WaitForAsync();
        var bar = await p.Locator("[data-chart=employment] .trace.bars path").First.BoundingBoxAsync();
        Assert.NotNull(bar);
        var (x, y) = (bar.X + bar.Width / 2, bar.Y + bar.Height / 2);
        for (var attempt = 0; attempt < 20 && !await p.EvaluateAsync<bool>("() => !!document.getElementById('plot-employment')._hoverdata?.length"); attempt++)
        {
            await p.Mouse.MoveAsync(x, y + (attempt % 2), new MouseMoveOptions { Steps = 2 });
            await p.WaitForTimeoutAsync(100);
        }
        await p.Mouse.ClickAsync(x, y);

        await session.WaitForHashAsync("employment=practice_employed");
        await session.SettledAsync();
        await p.Locator(".chart-card .main-svg").First.WaitForAsync();
        Assert.Contains("/api/views/overview?employment=practice_employed", _views.Requests);
        Assert.Equal("practice_employed", await p.Locator("#filter-employment").InputValueAsync());
        // The selected bar stays highlighted, the others are dimmed.
        var opacities = await p.Locator("[data-chart=employment] .trace.bars .point path")
            .EvaluateAllAsync<double[]>("paths => paths.map(e => Number(getComputedStyle(e).opacity))");
        Assert.Equal(1, opacities[0]);
        Assert.All(opacities.Skip(1), o => Assert.True(o < 1, $"dimmed: {o}"));
        await session.ScreenshotAsync("view-overview-crossfiltered");

        await p.Locator(".clear-filters").ClickAsync();
        await session.WaitForHashAsync("employment=", present: false);
        await session.SettledAsync();
        Assert.Equal("", await p.Locator("#filter-employment").InputValueAsync());
        Assert.Equal("/api/published/views/overview.json", _views.Requests[^1]);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Url_state_round_trips_page_filters_and_language()
    {
        await using var session = await OpenAsync("#/overview?lang=en&wave=2019&employment=self_employed");
        var p = session.Page;

        Assert.Equal("en", await p.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("2019", await p.Locator("#filter-wave").InputValueAsync());
        Assert.Equal("self_employed", await p.Locator("#filter-employment").InputValueAsync());
        Assert.Equal("/api/views/overview?wave=2019&employment=self_employed", _views.Requests[^1]);
        Assert.Equal("Respondents", await p.Locator("[data-kpi=respondents] .kpi-label").TextContentAsync());
        Assert.Equal("Employment", await p.Locator("#title-employment").InnerTextAsync());

        await p.Locator("#filter-wave").FocusAsync();
        await p.Locator("#filter-wave").SelectOptionAsync("2018");
        await session.WaitForHashAsync("wave=2018");
        await session.SettledAsync();
        Assert.Equal("filter-wave", await p.EvaluateAsync<string>("document.activeElement.id"));
        var bookmarked = p.Url;
        Assert.Contains("lang=en", bookmarked);
        Assert.Contains("employment=self_employed", bookmarked);

        await p.ReloadAsync();
        await session.SettledAsync();
        Assert.Equal("2018", await p.Locator("#filter-wave").InputValueAsync());
        Assert.Equal("self_employed", await p.Locator("#filter-employment").InputValueAsync());
        Assert.Equal("Overview", await p.Locator("#page-title").InnerTextAsync());
        // Navigating keeps language and filters.
        Assert.Contains("wave=2018", await p.Locator("#nav-explore").GetAttributeAsync("href"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Chart_cards_export_csv_from_the_table_and_png_from_plotly()
    {
        await using var session = await OpenAsync("#/overview");
        var p = session.Page;

        var csvDownload = await p.RunAndWaitForDownloadAsync(() => p.Locator("[data-chart=employment] [data-export=csv]").ClickAsync());
        Assert.Equal("overview-employment-nl.csv", csvDownload.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await csvDownload.PathAsync());
        var lines = csv.TrimStart('\ufeff').Split("\r\n");
        Assert.Equal("Dienstverband,Aantal,%", lines[0]);
        Assert.Equal("In loondienst huisartsenpraktijk,182,44.7", lines[1]);
        Assert.Equal("Anders,<5,<5", lines[5]);

        var pngDownload = await p.RunAndWaitForDownloadAsync(() => p.Locator("[data-chart=age] [data-export=png]").ClickAsync());
        Assert.Equal("overview-age-nl.png", pngDownload.SuggestedFilename);
        var png = await File.ReadAllBytesAsync(await pngDownload.PathAsync());
        Assert.True(png.Length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG file");
        session.AssertNoErrors();
    }
}
