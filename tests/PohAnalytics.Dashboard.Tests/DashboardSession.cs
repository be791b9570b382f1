using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>
/// One browser tab on the dashboard that records console errors and uncaught page errors, so a test can assert that
/// nothing crashed. The only tolerated console errors are Chromium's own "Failed to load resource" lines for the
/// view endpoints and the publication manifest, which answer 404 until the backend publishes views (the page then shows
/// its no-data panel and "nothing published yet").
/// </summary>
public sealed class DashboardSession : IAsyncDisposable
{
    private static readonly Regex ExpectedViewMiss = new(@"/api/(published/)?views/|/api/published/manifest\.json", RegexOptions.Compiled);
    private readonly List<string> _errors = [];

    private DashboardSession(IPage page, string baseUrl)
    {
        Page = page;
        BaseUrl = baseUrl;
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            if (message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && ExpectedViewMiss.IsMatch(message.Location)) return;
            lock (_errors) _errors.Add($"console: {message.Text} at {message.Location}");
        };
        page.PageError += (_, error) => { lock (_errors) _errors.Add($"pageerror: {error}"); };
        page.Request += (_, request) =>
        {
            var url = request.Url;
            if (!url.StartsWith(baseUrl, StringComparison.Ordinal) && !url.StartsWith("blob:", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal))
                lock (_errors) _errors.Add($"external request: {url}");
        };
    }

    public IPage Page { get; }
    public string BaseUrl { get; }

    /// <summary>Console errors, page errors and requests to other origins seen so far.</summary>
    public IReadOnlyList<string> Errors { get { lock (_errors) return _errors.ToList(); } }

    public static async Task<DashboardSession> OpenAsync(ChromiumFixture chromium, RunnerFixture runner, string hash = "#/overview")
    {
        var page = await chromium.Context.NewPageAsync();
        // The persistent context keeps its first blank tab: make this tab the active one (focus, timers, hover).
        await page.BringToFrontAsync();
        page.SetDefaultTimeout(15_000);
        var session = new DashboardSession(page, runner.BaseUrl);
        if (hash.Length > 0) await session.GotoAsync(hash);
        return session;
    }

    /// <summary>Loads the dashboard at a hash route and waits until the page has finished loading its data.</summary>
    public async Task GotoAsync(string hash)
    {
        await Page.GotoAsync($"{BaseUrl}/{hash}");
        await SettledAsync();
    }

    /// <summary>Waits until the page shows the current URL with its data loaded (the router marks main[data-rendered]).</summary>
    public async Task SettledAsync() =>
        await Page.WaitForFunctionAsync("() => document.getElementById('main')?.dataset.rendered === location.hash");

    /// <summary>
    /// Waits until the location hash contains (or no longer contains) a fragment. Hash changes are same-document
    /// navigations; polling the page is race-free where waiting for a navigation event is not.
    /// </summary>
    public async Task WaitForHashAsync(string fragment, bool present = true) =>
        await Page.WaitForFunctionAsync("([f, present]) => location.hash.includes(f) === present", new object[] { fragment, present });

    /// <summary>Stores the function key in the tab's sessionStorage (as the key form does).</summary>
    public Task SetFunctionKeyAsync(string key) =>
        Page.EvaluateAsync("key => sessionStorage.setItem('pohanalytics.functionKey', key)", key);

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotDir, name + ".png"), FullPage = true });

    public void AssertNoErrors() => Assert.True(Errors.Count == 0, "Browser errors:\n" + string.Join("\n", Errors));

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
