using System.Text.Json;
using Microsoft.Playwright;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>
/// axe-core (npm, installed into scripts/node_modules by scripts/ensure-node-tools.sh) finds no serious or critical
/// violations on any page, and every chart has its table reachable by keyboard as a text alternative.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class AccessibilityTests(RunnerFixture runner, ChromiumFixture chromium)
{
    private const string AxePath = "/__test-tools/axe.min.js";

    /// <summary>axe.min.js from scripts/node_modules, found by walking up from the test binaries to the repository.</summary>
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "scripts", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(file)) return File.ReadAllText(file);
        }
        throw new InvalidOperationException("axe-core not found: run scripts/ensure-node-tools.sh (npm ci into scripts/node_modules).");
    });

    [Theory]
    [MemberData(nameof(DashboardPages.EveryPageInBothLanguages), MemberType = typeof(DashboardPages))]
    public async Task Axe_finds_no_serious_or_critical_violations(string page, string lang)
    {
        await runner.SeedDemoDataAsync();
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "");
        var p = session.Page;
        // The CSP allows same-origin scripts only: serve axe from the dashboard's origin and add it as a script tag.
        await p.RouteAsync($"{session.BaseUrl}{AxePath}", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "text/javascript; charset=utf-8", Body = AxeSource.Value,
        }));
        await session.GotoAsync(lang == "nl" ? $"#/{page}" : $"#/{page}?lang=en");
        await p.WaitForFunctionAsync("() => document.querySelectorAll('.plot-loading').length === 0");
        await p.AddScriptTagAsync(new PageAddScriptTagOptions { Url = session.BaseUrl + AxePath });

        var json = await p.EvaluateAsync<string>("""
            async () => {
              const r = await axe.run(document);
              return JSON.stringify({ passes: r.passes.length, violations: r.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`) });
            }
            """);
        var result = JsonDocument.Parse(json).RootElement;

        var found = result.GetProperty("violations").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(result.GetProperty("passes").GetInt32() > 10, "axe ran its rules on the page");
        Assert.True(found.Count == 0, $"axe on {page} ({lang}):\n" + string.Join("\n", found));
        session.AssertNoErrors();
    }

    [Theory]
    [InlineData("overview")]
    [InlineData("representativeness")]
    [InlineData("norms")]
    public async Task Every_chart_has_its_table_reachable_by_keyboard(string page)
    {
        await runner.SeedDemoDataAsync();
        await using var session = await DashboardSession.OpenAsync(chromium, runner, $"#/{page}");
        var p = session.Page;
        var cards = p.Locator(".chart-card");
        var count = await cards.CountAsync();
        Assert.True(count > 0);

        for (var i = 0; i < count; i++)
        {
            var card = cards.Nth(i);
            var plot = card.Locator("div.plot[role=img]");
            var summary = card.Locator("details.chart-table > summary");
            var described = await plot.GetAttributeAsync("aria-describedby");
            Assert.False(string.IsNullOrEmpty(described), $"chart {i} points to its table");
            await summary.FocusAsync();
            Assert.True(await summary.EvaluateAsync<bool>("e => document.activeElement === e"),
                $"chart {i}: the table toggle takes focus");
            await p.Keyboard.PressAsync("Enter");
            var table = card.Locator($"#{described} table");
            await table.WaitForAsync();
            Assert.True(await table.Locator("tbody tr").CountAsync() > 0, $"chart {i}: the table has rows");
        }
        session.AssertNoErrors();
    }
}
