using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Functions;

/// <summary>GET /api/refresh (history) and POST /api/refresh (force one, staff).</summary>
public sealed class RefreshFunction(RefreshService refresh, IRefreshHistory history, IPublishedStore published)
{
    /// <summary>The published version and the latest refreshes, newest first.</summary>
    [Function("RefreshHistory")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "refresh")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (manifest, _) = await published.GetManifestAsync(cancellationToken);
        var runs = await history.ListAsync(int.TryParse(request.Query["top"], out var n) ? Math.Clamp(n, 1, 200) : 20, cancellationToken);
        return ApiResults.Ok(new { publishedVersion = manifest?.Version, publishedAt = manifest?.PublishedAt, refreshes = runs });
    }

    /// <summary>Runs a refresh now (<c>?force=true</c> rebuilds everything) and returns its record.</summary>
    [Function("RefreshNow")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "refresh")] HttpRequest request, CancellationToken cancellationToken)
    {
        var record = await refresh.RefreshAsync("manual", string.Equals(request.Query["force"], "true", StringComparison.OrdinalIgnoreCase), cancellationToken);
        return ApiResults.Ok(record, record.Outcome == "failed" ? 500 : 200);
    }
}
