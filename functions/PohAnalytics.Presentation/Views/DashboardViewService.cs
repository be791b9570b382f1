using PohAnalytics.Core.Application;
using PohAnalytics.Core.Publishing;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PohAnalytics.Presentation.Views;

/// <summary>Builds the dashboard's data pages (published snapshots and filtered API answers go through the same code).</summary>
public sealed class DashboardViewService
{
    private readonly ViewContext _context;
    private readonly RenderedViewCache _rendered;
    private readonly ServingState<(string Hash, RegistrySnapshot Snapshot)> _inputs;

    /// <summary>Creates the service; filtered views are kept in <paramref name="rendered"/> while their inputs are unchanged.</summary>
    public DashboardViewService(ViewContext context, RenderedViewCache rendered, ServingChanges changes, TimeProvider clock)
    {
        _context = context;
        _rendered = rendered;
        // The last refresh is shown on the overview, so a refresh that changed no data still renews the views.
        _inputs = new ServingState<(string, RegistrySnapshot)>(async token =>
        {
            var snapshot = await context.Analytics.SnapshotAsync(token);
            using var pinned = snapshot.Pin();
            return (InputHash.Of(await context.InputHashAsync(token), (await context.Refreshes.ListAsync(1, token)).FirstOrDefault()?.Id),
                snapshot);
        }, changes, clock);
    }

    /// <summary>The data pages.</summary>
    public static readonly string[] Pages = ["overview", "representativeness", "explore", "norms", "trends", "open-answers"];

    /// <summary>JSON settings of view documents (camelCase, nulls kept out).</summary>
    public static readonly JsonSerializerOptions Json = ServedJson.Options;

    /// <summary>Builds one page; throws <see cref="ViewRequestException"/> for unknown pages or refused filters.</summary>
    public Task<DashboardView> BuildAsync(string page, ViewQuery query, CancellationToken cancellationToken) => page switch
    {
        "overview" => OverviewPage.BuildAsync(_context, query, cancellationToken),
        "representativeness" => RepresentativenessPage.BuildAsync(_context, query, cancellationToken),
        "explore" => ExplorePage.BuildAsync(_context, query, cancellationToken),
        "norms" => NormsPage.BuildAsync(_context, query, cancellationToken),
        "trends" => TrendsPage.BuildAsync(_context, query, cancellationToken),
        "open-answers" => OpenAnswersPage.BuildAsync(_context, query, cancellationToken),
        _ => throw new ViewRequestException($"Unknown page '{page}'; pages are {string.Join(", ", Pages)}."),
    };

    /// <summary>A page as UTF-8 JSON, or null when it has nothing to show yet (no dataset of its kind).</summary>
    public async Task<byte[]?> BuildJsonAsync(string page, ViewQuery query, CancellationToken cancellationToken)
    {
        var view = await BuildAsync(page, query, cancellationToken);
        return view.Charts.Count == 0 ? null : JsonSerializer.SerializeToUtf8Bytes(view, Json);
    }

    /// <summary>
    /// A page for a filtered request, from memory while the served inputs are unchanged (re-checked at most once per
    /// <see cref="ServingChanges.TimeToLive"/>); null when it has nothing to show yet.
    /// </summary>
    public async Task<ServedDocument?> ServeAsync(string page, ViewQuery query, CancellationToken cancellationToken)
    {
        var (inputs, snapshot) = await _inputs.GetAsync().WaitAsync(cancellationToken);
        var selection = string.Join('&',
            ViewQuery.Names.Where(n => query[n] is not null).Select(n => $"{n}={Uri.EscapeDataString(query[n]!)}"));
        // Shared by every request for the same key, so one reader's cancellation must not cancel the others. Built from
        // the registry state its key was hashed from.
        return await _rendered.GetOrRenderAsync($"{page}?{selection}#{inputs}", async () =>
            {
                using var pinned = snapshot.Pin();
                return await BuildJsonAsync(page, query, CancellationToken.None);
            })
            .WaitAsync(cancellationToken);
    }
}
