using Microsoft.Playwright;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>The NL/EN toggle and keyboard access to the navigation and the toggle.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LanguageAndKeyboardTests(RunnerFixture runner, ChromiumFixture chromium)
{
    [Fact]
    public async Task Language_toggle_switches_visible_labels_lang_attribute_and_url()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "#/data");
        var p = session.Page;
        Assert.Equal("Gegevens", await p.Locator("#page-title").InnerTextAsync());
        Assert.Equal("Overzicht", await p.Locator("#nav-overview").InnerTextAsync());
        Assert.Equal("true", await p.Locator("#lang-toggle [data-lang=nl]").GetAttributeAsync("aria-pressed"));

        await p.Locator("#lang-toggle [data-lang=en]").ClickAsync();
        await session.WaitForHashAsync("lang=en");
        await session.SettledAsync();

        Assert.Equal("en", await p.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("Data", await p.Locator("#page-title").InnerTextAsync());
        Assert.Equal("Overview", await p.Locator("#nav-overview").InnerTextAsync());
        Assert.Equal("Datasets", await p.Locator("#datasets .card-title").InnerTextAsync());
        Assert.Equal("Function key (staff)", await p.Locator("label[for=function-key]").TextContentAsync());
        Assert.Equal("true", await p.Locator("#lang-toggle [data-lang=en]").GetAttributeAsync("aria-pressed"));
        Assert.Equal("Data · POH-GGZ Analytics", await p.TitleAsync());
        await session.ScreenshotAsync("data-en");

        await p.Locator("#lang-toggle [data-lang=nl]").ClickAsync();
        await session.WaitForHashAsync("lang=en", present: false);
        await session.SettledAsync();
        Assert.Equal("nl", await p.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal("Gegevens", await p.Locator("#page-title").InnerTextAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Tab_reaches_the_skip_link_navigation_and_language_toggle_with_visible_focus()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "#/overview");
        var p = session.Page;
        var reached = new List<string>();
        for (var i = 0; i < 15; i++)
        {
            await p.Keyboard.PressAsync("Tab");
            var focus = await p.EvaluateAsync<string>(
                "() => { const e = document.activeElement; const s = getComputedStyle(e); " +
                "return (e.id || e.dataset.lang || e.tagName) + '|' + s.outlineStyle + '|' + s.outlineWidth; }");
            var parts = focus.Split('|');
            if (parts[0] == "BODY") continue; // the document itself, before the first control
            reached.Add(parts[0]);
            Assert.True(parts[1] != "none" && parts[2] != "0px", $"visible focus on {parts[0]}: {focus}");
        }

        Assert.Equal("skip-link", reached[0]);
        Assert.Contains("nl", reached);
        Assert.Contains("en", reached);
        Assert.Contains("nav-overview", reached);
        Assert.Contains("nav-upload", reached);

        // Keyboard operation: focus the EN button and press Enter, then follow a nav link with Enter.
        await p.Locator("#lang-toggle [data-lang=en]").FocusAsync();
        await p.Keyboard.PressAsync("Enter");
        await session.WaitForHashAsync("lang=en");
        await p.Locator("#nav-upload").FocusAsync();
        await p.Keyboard.PressAsync("Enter");
        await session.WaitForHashAsync("#/upload?lang=en");
        await session.SettledAsync();
        Assert.Equal("Upload", await p.Locator("#page-title").InnerTextAsync());
        Assert.Equal("nav-upload", await p.EvaluateAsync<string>("document.activeElement.id"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Narrow_screens_get_a_single_column_layout()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, runner, "");
        await session.Page.SetViewportSizeAsync(390, 844);
        await session.GotoAsync("#/upload");

        var nav = await session.Page.Locator("#sidenav").BoundingBoxAsync();
        var main = await session.Page.Locator("#main").BoundingBoxAsync();
        Assert.True(main!.Y >= nav!.Y + nav.Height - 1, "the navigation sits above the content on a phone");
        Assert.True(main.Width <= 390);
        await session.ScreenshotAsync("upload-phone");
        session.AssertNoErrors();
    }
}
