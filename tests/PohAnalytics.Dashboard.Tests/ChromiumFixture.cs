using Microsoft.Playwright;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>
/// Debian's Chromium driven by Microsoft.Playwright (its node driver ships in the package; no browser is downloaded),
/// headless, in a persistent context on a fresh user-data directory.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where Debian installs Chromium; POH_CHROMIUM overrides.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("POH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private readonly string _userDataDir = Path.Combine(Path.GetTempPath(), "poh-dashboard-chromium-" + Guid.NewGuid().ToString("N"));

    /// <summary>The browser context every test opens its pages in.</summary>
    public IBrowserContext Context { get; private set; } = null!;

    /// <summary>Screenshots written by the tests (git-ignored, under bin/).</summary>
    public static string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium not found at {ExecutablePath}. The dashboard browser tests need Debian's Chromium: run " +
                "'apt-get update && apt-get install -y chromium' (CI's .ci/run installs it), or set POH_CHROMIUM to a Chromium binary.");
        Directory.CreateDirectory(ScreenshotDir);
        Directory.CreateDirectory(_userDataDir);
        _playwright = await Playwright.CreateAsync();
        Context = await _playwright.Chromium.LaunchPersistentContextAsync(_userDataDir, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            AcceptDownloads = true,
            Locale = "nl-NL",
        });
    }

    public async Task DisposeAsync()
    {
        if (Context is not null) await Context.CloseAsync();
        _playwright?.Dispose();
        try { Directory.Delete(_userDataDir, recursive: true); } catch (IOException) { /* Chromium may still hold a lock file. */ }
    }
}
