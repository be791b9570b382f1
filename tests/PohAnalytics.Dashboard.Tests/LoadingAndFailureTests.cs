using System.Text.Json;
using Microsoft.Playwright;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>Loading and failure states: skeletons, the API's reason with a Retry button, the publication on every page.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LoadingAndFailureTests(RunnerFixture runner, ChromiumFixture chromium)
{
    private const string Refused = "#/explore?dataset=poh-ggz-vragenlijst-2019&employment=practice_employed&region=Nijmegen";

    [Fact]
    public async Task A_refused_slicer_combination_shows_the_reason_and_keeps_the_other_slicers_when_one_is_cleared()
    {
        await runner.SeedDemoDataAsync();
        var problem = await JsonOf(
            "/api/views/explore?dataset=poh-ggz-vragenlijst-2019&employment=practice_employed&region=Nijmegen");
        var detail = problem.GetProperty("detail").GetString()!;
        await using var session = await DashboardSession.OpenAsync(chromium, runner, Refused);
        var p = session.Page;

        var panel = p.Locator(".panel-error");
        Assert.Contains("HTTP 400", await panel.InnerTextAsync());
        Assert.Contains(detail, await panel.InnerTextAsync());
        Assert.True(await panel.GetByRole(AriaRole.Button, new() { Name = "Opnieuw proberen" }).IsVisibleAsync());

        await p.Locator("[data-filter-chip='region'] button").ClickAsync();
        await session.WaitForHashAsync("region=", present: false);
        await session.SettledAsync();

        Assert.Contains("employment=practice_employed", p.Url);
        Assert.Contains("dataset=poh-ggz-vragenlijst-2019", p.Url);
        Assert.Equal(0, await p.Locator(".panel-error").CountAsync());
        await p.Locator(".chart-card .js-plotly-plot").First.WaitForAsync();
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Retry_loads_the_view_again_after_a_failure()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "");
        var p = session.Page;
        var fail = true;
        // Routes run last-registered first: the failing handler answers while `fail` is set, then falls back to the fake.
        var fake = await FakeViews.InstallAsync(p);
        await p.RouteAsync(url => url.Contains("/api/views/") || url.Contains("/api/published/views/"), async route =>
        {
            if (fail)
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 503, ContentType = "application/problem+json",
                    Body = """{"status":503,"title":"Unavailable","detail":"Storage is not reachable."}""",
                });
            else await route.FallbackAsync();
        });
        await session.GotoAsync("#/overview");

        var panel = p.Locator(".panel-error");
        Assert.Contains("Unavailable: Storage is not reachable.", await panel.InnerTextAsync());
        fail = false;
        await panel.GetByRole(AriaRole.Button, new() { Name = "Opnieuw proberen" }).ClickAsync();

        await p.Locator(".chart-card .js-plotly-plot").First.WaitForAsync();
        Assert.Equal(0, await p.Locator(".panel-error").CountAsync());
        Assert.NotEmpty(fake.Requests);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task A_skeleton_stands_in_while_the_view_loads()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "");
        var p = session.Page;
        var release = new TaskCompletionSource();
        var fake = await FakeViews.InstallAsync(p);
        await p.RouteAsync(url => url.Contains("/api/views/") || url.Contains("/api/published/views/"), async route =>
        {
            await release.Task;
            await route.FallbackAsync();
        });

        await p.GotoAsync($"{session.BaseUrl}/#/overview");
        await p.Locator(".skeleton .skeleton-chart").First.WaitForAsync();
        Assert.True(await p.Locator(".view[aria-busy='true'] .loading").IsVisibleAsync());
        release.SetResult();

        await session.SettledAsync();
        await p.Locator(".chart-card .js-plotly-plot").First.WaitForAsync();
        Assert.Equal(0, await p.Locator(".skeleton").CountAsync());
        await p.WaitForFunctionAsync("() => document.querySelectorAll('.plot-loading').length === 0");
        Assert.NotEmpty(fake.Requests);
        session.AssertNoErrors();
    }

    [Theory]
    [MemberData(nameof(DashboardPages.EveryPage), MemberType = typeof(DashboardPages))]
    public async Task Every_page_shows_the_publication_version_and_its_refresh_time(string page)
    {
        await runner.SeedDemoDataAsync();
        var manifest = await JsonOf("/api/published/manifest.json");
        var version = manifest.GetProperty("version").GetInt32();
        await using var session = await DashboardSession.OpenAsync(chromium, runner, $"#/{page}");

        var line = session.Page.Locator($"#publication[data-version='{version}']");
        await line.WaitForAsync();

        Assert.Matches($@"^Publicatie v{version} · ververst \S.*\d", await line.InnerTextAsync());
        session.AssertNoErrors();
    }

    /// <summary>The JSON body of a GET, whatever its status (a problem body for a refusal).</summary>
    private async Task<JsonElement> JsonOf(string url)
    {
        using var response = await runner.Client.GetAsync(url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
