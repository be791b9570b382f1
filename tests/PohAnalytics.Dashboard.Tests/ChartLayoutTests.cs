using System.Text.Json;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>Charts are as tall as their content: with the demo data no two y-axis tick labels overlap, wide or narrow.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ChartLayoutTests(RunnerFixture runner, ChromiumFixture chromium)
{
    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in DashboardPages.DataRoutes)
            foreach (var width in new[] { 1440, 390 })
                data.Add(page, width);
        return data;
    }

    /// <summary>Pairs of y-axis tick labels (per chart) whose bounding boxes intersect, described for the failure message.</summary>
    private const string OverlapsScript = """
        () => {
          const found = [];
          for (const plot of document.querySelectorAll('.chart-card .js-plotly-plot')) {
            const chart = plot.closest('[data-chart]').dataset.chart;
            const boxes = [...plot.querySelectorAll('.yaxislayer-above .ytick text, .yaxislayer-above g[class^="y"] text')]
              .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
              .filter((b) => b.r.width > 0 && b.r.height > 0);
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i].r, b = boxes[j].r;
                if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                  found.push(`${chart}: '${boxes[i].text}' × '${boxes[j].text}'`);
              }
          }
          return found;
        }
        """;

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task No_two_y_axis_tick_labels_overlap_on_any_page(string page, int width)
    {
        await runner.SeedDemoDataAsync();
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "");
        await session.Page.SetViewportSizeAsync(width, 900);
        await session.GotoAsync($"#/{page}");
        var p = session.Page;
        await p.Locator(".chart-card .js-plotly-plot").First.WaitForAsync();
        await p.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.chart-card > .plot')].every((d) => d.classList.contains('js-plotly-plot'))");

        var overlaps = (await p.EvaluateAsync<JsonElement>(OverlapsScript)).EnumerateArray().Select(e => e.GetString()).ToList();
        var ticks = await p.Locator(".yaxislayer-above text").CountAsync();

        await session.ScreenshotAsync($"layout-{page}-{width}");
        Assert.True(ticks > 0, "the page has y-axis tick labels to measure");
        Assert.True(overlaps.Count == 0, "Overlapping y tick labels:\n" + string.Join("\n", overlaps));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task A_chart_keeps_the_height_its_figure_computed()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "");
        await FakeViews.InstallAsync(session.Page, view =>
        {
            foreach (var chart in view["charts"]!.AsArray())
                foreach (var lang in new[] { "nl", "en" })
                    chart!["figure"]![lang]!["layout"]!["height"] = 720;
        });
        await session.GotoAsync("#/overview");
        var plot = session.Page.Locator(".chart-card .js-plotly-plot").First;
        await plot.WaitForAsync();

        var height = (await plot.BoundingBoxAsync())!.Height;
        Assert.InRange(height, 715, 730);
        session.AssertNoErrors();
    }
}
