using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>Every page's shell renders without a crash; data pages without published views show a readable panel.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ShellTests(RunnerFixture runner, ChromiumFixture chromium)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "overview", "Overzicht" }, { "representativeness", "Representativiteit" }, { "explore", "Verkennen" }, { "norms", "Normen" },
        { "trends", "Trends" }, { "open-answers", "Open antwoorden" }, { "data", "Gegevens" }, { "upload", "Uploaden" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_renders_its_shell_without_console_errors(string page, string dutchTitle)
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, $"#/{page}");
        var p = session.Page;

        Assert.Equal(dutchTitle, await p.Locator("#page-title").InnerTextAsync());
        Assert.Equal("nl", await p.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal(8, await p.Locator("#sidenav a[data-page]").CountAsync());
        Assert.Equal("page", await p.Locator($"#sidenav a[data-page='{page}']").GetAttributeAsync("aria-current"));
        Assert.NotEqual("", (await p.Locator(".page-intro").InnerTextAsync()).Trim());
        if (page is not ("data" or "upload"))
        {
            // Until the backend publishes views the page shows the no-data panel: a message with the HTTP status, not a crash.
            var charts = p.Locator(".chart-grid");
            var panel = p.Locator(".panel-error[role=alert]");
            await p.Locator(".chart-grid, .panel-error").First.WaitForAsync();
            if (await panel.CountAsync() > 0)
            {
                var text = await panel.InnerTextAsync();
                Assert.Matches(new Regex(@"HTTP \d{3}"), text);
                Assert.Contains("gegevens", text, StringComparison.OrdinalIgnoreCase);
                Assert.True(await p.Locator(".panel-error button").IsVisibleAsync(), "the panel offers a retry button");
            }
            else Assert.True(await charts.IsVisibleAsync());
        }
        await session.ScreenshotAsync($"shell-{page}");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Unknown_route_falls_back_to_the_overview()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "#/does-not-exist");

        Assert.Equal("Overzicht", await session.Page.Locator("#page-title").InnerTextAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Dashboard_makes_no_request_outside_its_own_origin_and_loads_plotly_from_vendor()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner);

        Assert.Equal("2.28.0", await session.Page.EvaluateAsync<string>("window.Plotly.version"));
        Assert.DoesNotContain(session.Errors, e => e.StartsWith("external request", StringComparison.Ordinal));
    }
}
