using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;

namespace PohAnalytics.Functions;

/// <summary>
/// GET /api/published/{path}: the published (aggregate, suppressed) JSON of the current manifest, served from memory with
/// a content-hash ETag (304 on If-None-Match).
/// </summary>
public sealed class PublishedFunction(PublishedSnapshotCache published)
{
    /// <summary>
    /// Browsers and proxies may reuse a document for a minute, then must revalidate (a 304 while unchanged); the manifest
    /// is always revalidated, as it says which version is current.
    /// </summary>
    public const string DocumentCacheControl = "public, max-age=60, must-revalidate";

    /// <summary>Serves one published document, or the manifest itself at <c>manifest.json</c>; 400 without a path.</summary>
    [Function("Published")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "published/{*path}")] HttpRequest request, string? path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path))
            return ApiResults.Problem(400, "No document named", "Name a published document, e.g. /api/published/manifest.json.");
        if (await published.CurrentAsync().WaitAsync(cancellationToken) is not { } current)
            return ApiResults.Problem(404, "Nothing published yet", "No refresh has published data yet.");
        if (path == "manifest.json") return ApiResults.Served(request, current.Document, "no-cache");
        if (!current.Manifest.Documents.ContainsKey(path))
            return ApiResults.Problem(404, "Not published", $"'{path}' is not part of published version {current.Manifest.Version}.");
        return await published.GetAsync(current, path).WaitAsync(cancellationToken) is { } document
            ? ApiResults.Served(request, document, DocumentCacheControl)
            : ApiResults.Problem(404, "Not published", $"'{path}' is missing from storage.");
    }
}
