using PohAnalytics.Core.Publishing;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PohAnalytics.Presentation.Views;

/// <summary>Builds the dashboard's data pages (published snapshots and filtered API answers go through the same code).</summary>
public sealed class DashboardViewService(ViewContext context)
{
    /// <summary>The data pages.</summary>
    public static readonly string[] Pages = ["overview", "representativeness", "explore", "norms", "trends", "open-answers"];

    /// <summary>JSON settings of view documents (camelCase, nulls kept out).</summary>
    public static readonly JsonSerializerOptions Json = ServedJson.Options;

    /// <summary>Builds one page; throws <see cref="ViewRequestException"/> for unknown pages or refused filters.</summary>
    public Task<DashboardView> BuildAsync(string page, ViewQuery query, CancellationToken cancellationToken) => page switch
    {
        "overview" => OverviewPage.BuildAsync(context, query, cancellationToken),
        "representativeness" => RepresentativenessPage.BuildAsync(context, query, cancellationToken),
        "explore" => ExplorePage.BuildAsync(context, query, cancellationToken),
        "norms" => NormsPage.BuildAsync(context, query, cancellationToken),
        "trends" => TrendsPage.BuildAsync(context, query, cancellationToken),
        "open-answers" => OpenAnswersPage.BuildAsync(context, query, cancellationToken),
        _ => throw new ViewRequestException($"Unknown page '{page}'; pages are {string.Join(", ", Pages)}."),
    };

    /// <summary>A page as UTF-8 JSON, or null when it has nothing to show yet (no dataset of its kind).</summary>
    public async Task<byte[]?> BuildJsonAsync(string page, ViewQuery query, CancellationToken cancellationToken)
    {
        var view = await BuildAsync(page, query, cancellationToken);
        return view.Charts.Count == 0 ? null : JsonSerializer.SerializeToUtf8Bytes(view, Json);
    }
}
