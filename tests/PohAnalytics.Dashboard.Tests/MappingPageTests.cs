using Microsoft.Playwright;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>Issue 11 on the Upload page: unknown values with suggestions, accepted and reprocessed in one click.</summary>
[Collection(DashboardCollection.Name)]
public sealed class MappingPageTests(RunnerFixture runner, ChromiumFixture chromium)
{
    private const string English = "poh-ggz-questionnaire-2019-english.csv";

    [Fact]
    public async Task Upload_page_maps_the_English_export_by_accepting_the_suggestions_and_reprocesses_it_fully()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "#/upload");
        var p = session.Page;
        await p.Locator("#function-key").FillAsync(RunnerFixture.FunctionKey);
        await p.Locator(".key-form button[type=submit]").ClickAsync();
        await p.Locator(".key-status").Filter(new LocatorFilterOptions { HasText = "Sleutel ingesteld" }).WaitForAsync();
        var result = p.Locator("#upload-result");

        await p.Locator("#upload-file").SetInputFilesAsync(RepoPaths.Fixture(English));
        await p.Locator("#upload-submit").ClickAsync();
        await result.Locator("[data-status=needs-review]").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await result.Locator("[data-mapping]").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        // 21 + 5 of 79 rows accepted; the three seconded wordings are unknown, each with its suggestion preselected.
        Assert.Equal("26", await result.Locator("[data-stat=rowsAccepted] .stat-value").InnerTextAsync());
        Assert.Equal(
            ["seconded_mh_provider", "seconded_care_group", "seconded_other"],
            await result.Locator("select[data-alias]").EvaluateAllAsync<string[]>("s => s.map(x => x.value)"));
        Assert.Equal("hours_per_week", await result.Locator("select[data-header='Hours a week']").InputValueAsync());
        await session.ScreenshotAsync("upload-mapping");

        await result.Locator("#mapping-apply").ClickAsync();
        await result.Locator("[data-status=succeeded]").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        Assert.Equal("79", await result.Locator("[data-stat=rowsAccepted] .stat-value").InnerTextAsync());
        Assert.Equal("0", await result.Locator("[data-stat=rowsRejected] .stat-value").InnerTextAsync());
        await session.ScreenshotAsync("upload-mapping-reprocessed");
        session.AssertNoErrors();
    }
}
