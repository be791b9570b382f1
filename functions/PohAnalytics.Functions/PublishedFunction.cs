using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Functions;

/// <summary>GET /api/published/{path}: the published (aggregate, suppressed) JSON of the current manifest, with ETag caching.</summary>
public sealed class PublishedFunction(IPublishedStore published)
{
    /// <summary>Serves one published document, or the manifest itself at <c>manifest.json</c>; 400 without a path.</summary>
    [Function("Published")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "published/{*path}")] HttpRequest request, string? path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path))
            return ApiResults.Problem(400, "No document named", "Name a published document, e.g. /api/published/manifest.json.");
        var (manifest, manifestETag) = await published.GetManifestAsync(cancellationToken);
        if (manifest is null) return ApiResults.Problem(404, "Nothing published yet", "No refresh has published data yet.");
        if (path == "manifest.json")
            return Respond(request, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(manifest, ApiResults.Json), "application/json; charset=utf-8", manifestETag!, "no-cache");
        if (!manifest.Documents.TryGetValue(path, out var storagePath))
            return ApiResults.Problem(404, "Not published", $"'{path}' is not part of published version {manifest.Version}.");
        var content = await published.OpenAsync(storagePath, cancellationToken);
        return content is null
            ? ApiResults.Problem(404, "Not published", $"'{path}' is missing from storage.")
            : Respond(request, content.Content, content.ContentType, content.ETag, "public, max-age=60, must-revalidate");
    }

    private static IActionResult Respond(HttpRequest request, byte[] body, string contentType, string etag, string cacheControl)
    {
        var quoted = etag.StartsWith('"') ? etag : $"\"{etag}\"";
        var response = request.HttpContext.Response;
        response.Headers.ETag = quoted;
        response.Headers.CacheControl = cacheControl;
        if (request.Headers.IfNoneMatch.Contains(quoted)) return new StatusCodeResult(StatusCodes.Status304NotModified);
        return new FileContentResult(body, contentType);
    }
}
