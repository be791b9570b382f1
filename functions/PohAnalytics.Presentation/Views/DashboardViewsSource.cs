using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Presentation.Views;

/// <summary>
/// Publishes the default (unfiltered) view of every data page as <c>views/{page}.json</c>. A page is rebuilt when a
/// dataset version, a benchmark, the codebook, a code list or the threshold changes.
/// </summary>
public sealed class DashboardViewsSource(DashboardViewService views, ViewContext context) : IPublicationSource
{
    /// <summary>Bumped when the view code changes what it publishes.</summary>
    public const string ViewsVersion = "views-1";

    /// <inheritdoc />
    public async Task<IReadOnlyList<PublicationUnit>> GetUnitsAsync(CancellationToken cancellationToken)
    {
        // Every page is hashed and built from one read of the registries.
        var snapshot = await context.Analytics.SnapshotAsync(cancellationToken);
        string hash;
        using (snapshot.Pin()) hash = await context.InputHashAsync(cancellationToken);
        return DashboardViewService.Pages.Select(page => new PublicationUnit($"views/{page}", InputHash.Of(hash, page),
            async token =>
            {
                using var pinned = snapshot.Pin();
                return await views.BuildJsonAsync(page, ViewQuery.None, token) is { } json
                    ? (IReadOnlyList<PublishedDocument>)[new PublishedDocument($"views/{page}.json", json)]
                    : [];
            })).ToList();
    }
}
