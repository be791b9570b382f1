using System.Text.Json.Nodes;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>The chart card's CSV export neutralises formula-looking cells (OWASP CSV injection).</summary>
[Collection(DashboardCollection.Name)]
public sealed class CsvExportTests(RunnerFixture runner, ChromiumFixture chromium)
{
    [Fact]
    public async Task Exported_csv_prefixes_formula_looking_labels_with_an_apostrophe_and_keeps_numbers()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "");
        var p = session.Page;
        await FakeViews.InstallAsync(p, view =>
        {
            var rows = view["charts"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "employment")!["table"]!["rows"]!.AsArray();
            rows[0]![0] = new JsonObject { ["nl"] = "=1+1", ["en"] = "=1+1" };
            rows[1]![0] = new JsonObject { ["nl"] = "+cmd|' /C calc'!A0", ["en"] = "+cmd|' /C calc'!A0" };
            rows[2]![0] = new JsonObject { ["nl"] = "@SUM(A1)", ["en"] = "@SUM(A1)" };
            rows[3]![0] = new JsonObject { ["nl"] = "-2+3", ["en"] = "-2+3" };
            rows[3]![1] = -3;
        });
        await session.GotoAsync("#/overview");
        await p.Locator(".chart-card .main-svg").First.WaitForAsync();

        var download = await p.RunAndWaitForDownloadAsync(() => p.Locator("[data-chart=employment] [data-export=csv]").ClickAsync());
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).TrimStart('\ufeff').Split("\r\n");

        Assert.Equal("'=1+1,182,44.7", lines[1]);
        Assert.Equal("'+cmd|' /C calc'!A0,121,29.7", lines[2]);
        Assert.Equal("'@SUM(A1),54,13.3", lines[3]);
        Assert.Equal("'-2+3,-3,11.3", lines[4]);
        Assert.Equal("Anders,<5,<5", lines[5]);
    }

    [Fact]
    public async Task Export_module_escapes_tab_and_carriage_return_and_leaves_plain_negative_numbers()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner);

        var escaped = await session.Page.EvaluateAsync<string[]>(
            "async () => { const m = await import('/export.js');"
            + " return ['\\tx', '\\rx', '-1+1', '-2', '-2.5', 'vrouw', 'a=b'].map(m.neutraliseFormula); }");

        Assert.Equal(["'\tx", "'\rx", "'-1+1", "-2", "-2.5", "vrouw", "a=b"], escaped);
        session.AssertNoErrors();
    }
}
