using System.Text.Json.Nodes;
using System.Web;
using Microsoft.Playwright;

namespace PohAnalytics.Dashboard.Tests;

/// <summary>
/// Serves Fixtures/overview.view.json (a view in the documented contract) for the view endpoints of one tab, with
/// filters.applied taken from the query, and records which view URLs the dashboard requested.
/// </summary>
public sealed class FakeViews
{
    private readonly List<string> _requests = [];
    private static readonly string Fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "overview.view.json"));

    public IReadOnlyList<string> Requests { get { lock (_requests) return _requests.ToList(); } }

    private Action<JsonNode>? _edit;

    /// <summary>Serves the fixture; <paramref name="edit"/> may change each served copy (e.g. a label).</summary>
    public static async Task<FakeViews> InstallAsync(IPage page, Action<JsonNode>? edit = null)
    {
        var fake = new FakeViews { _edit = edit };
        await page.RouteAsync(url => url.Contains("/api/views/") || url.Contains("/api/published/views/"), fake.HandleAsync);
        return fake;
    }

    private async Task HandleAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        lock (_requests) _requests.Add(url.PathAndQuery);
        var view = JsonNode.Parse(Fixture)!;
        var applied = new JsonObject();
        var query = HttpUtility.ParseQueryString(url.Query);
        foreach (var key in query.AllKeys.OfType<string>()) applied[key] = query[key];
        view["filters"]!["applied"] = applied;
        _edit?.Invoke(view);
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "application/json; charset=utf-8", Body = view.ToJsonString(),
        });
    }
}
