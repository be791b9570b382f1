using System.Text.Json;
using System.Text.RegularExpressions;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>No raw keys: no page, in either language, shows text that looks like an i18n key ("kind.coded-answers").</summary>
[Collection(DashboardCollection.Name)]
public sealed partial class UntranslatedKeyTests(RunnerFixture runner, ChromiumFixture chromium)
{
    [GeneratedRegex(@"\b[a-z]+(\.[a-z-]+)+\b")]
    private static partial Regex KeyLike();

    [Theory]
    [MemberData(nameof(DashboardPages.EveryPageInBothLanguages), MemberType = typeof(DashboardPages))]
    public async Task No_page_shows_an_untranslated_key(string page, string lang)
    {
        await runner.SeedDemoDataAsync();
        await using var session = await DashboardSession.OpenAsync(chromium, runner, lang == "nl" ? $"#/{page}" : $"#/{page}?lang=en");
        var p = session.Page;

        var keys = (await p.EvaluateAsync<JsonElement>("async () => (await import('./i18n.js')).keys()"))
            .EnumerateArray().Select(k => k.GetString()!).ToHashSet();
        // A key's namespace ("kind", "status", "page" …): any dotted word in one is a key, known or missing.
        var namespaces = keys.Where(k => k.Contains('.')).Select(k => k[..k.IndexOf('.')]).ToHashSet();
        var text = await p.EvaluateAsync<string>("() => document.body.innerText + ' ' + document.title");
        var raw = KeyLike().Matches(text).Select(m => m.Value)
            .Where(v => keys.Contains(v) || namespaces.Contains(v[..v.IndexOf('.')])).Distinct().ToList();

        Assert.True(keys.Count > 50, "the i18n key set was read from the page");
        Assert.True(raw.Count == 0, $"Untranslated keys on {page} ({lang}): {string.Join(", ", raw)}");
        session.AssertNoErrors();
    }
}
