using Microsoft.Playwright;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>Shareable: a "copy link" button for the current selection, and a print stylesheet that prints the charts.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ShareAndPrintTests(RunnerFixture runner, ChromiumFixture chromium)
{
    [Fact]
    public async Task Copy_link_puts_the_url_with_the_selection_on_the_clipboard_and_says_so()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "");
        await FakeViews.InstallAsync(session.Page);
        await session.GotoAsync("#/overview?wave=2018&employment=self_employed");
        var p = session.Page;
        // A stand-in clipboard: headless Chromium's real one needs a focused, permitted window.
        await p.EvaluateAsync("""
            () => Object.defineProperty(navigator, 'clipboard', { configurable: true,
              value: { writeText: async (text) => { window.copiedText = text; } } })
            """);

        await p.Locator("#copy-link").ClickAsync();
        await p.Locator("#copy-status").GetByText("Link gekopieerd").WaitForAsync();

        var copied = await p.EvaluateAsync<string>("() => window.copiedText");
        Assert.Equal(await p.EvaluateAsync<string>("() => location.href"), copied);
        Assert.Contains("wave=2018", copied);
        Assert.Contains("employment=self_employed", copied);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Printing_shows_the_charts_and_the_selection_without_navigation_and_makes_a_pdf()
    {
        await runner.SeedDemoDataAsync();
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "#/norms?employment=practice_employed");
        var p = session.Page;
        await p.Locator(".chart-card .js-plotly-plot").First.WaitForAsync();
        var charts = await p.Locator(".chart-card .js-plotly-plot").CountAsync();

        await p.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        try
        {
            Assert.False(await p.Locator("#sidenav").IsVisibleAsync(), "no navigation on paper");
            Assert.False(await p.Locator(".slicer-bar").IsVisibleAsync(), "no slicer bar on paper");
            Assert.False(await p.Locator("#copy-link").IsVisibleAsync(), "no buttons on paper");
            var header = p.Locator(".print-header");
            Assert.True(await header.IsVisibleAsync(), "the print header is on paper");
            var headerText = await header.InnerTextAsync();
            Assert.Contains("Selectie", headerText);
            Assert.Contains("Bijgewerkt", headerText);
            for (var i = 0; i < charts; i++)
            {
                var chart = p.Locator(".chart-card .js-plotly-plot").Nth(i);
                Assert.True(await chart.IsVisibleAsync(), $"chart {i} is on paper");
                Assert.InRange((await chart.BoundingBoxAsync())!.Width, 300, 720);
            }

            var pdf = await p.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });

            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
            Assert.True(pdf.Length > 20_000, $"the PDF has the charts ({pdf.Length} bytes)");
            await File.WriteAllBytesAsync(Path.Combine(ChromiumFixture.ScreenshotDir, "print-norms.pdf"), pdf);
        }
        finally
        {
            await p.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }
        session.AssertNoErrors();
    }
}
