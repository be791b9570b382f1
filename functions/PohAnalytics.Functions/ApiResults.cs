using PohAnalytics.Core.Publishing;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PohAnalytics.Core.Application;

namespace PohAnalytics.Functions;

/// <summary>JSON responses with one serializer setting for every endpoint (camelCase, kebab-case enums).</summary>
public static class ApiResults
{
    /// <summary>The API's JSON settings.</summary>
    public static readonly JsonSerializerOptions Json = ServedJson.Options;

    /// <summary>A JSON body with a status code.</summary>
    public static ContentResult Ok(object body, int status = 200) => new()
    {
        Content = JsonSerializer.Serialize(body, Json),
        ContentType = "application/json; charset=utf-8",
        StatusCode = status,
    };

    /// <summary>A problem response (RFC 9457 shape) a person can read, with optional extension members.</summary>
    public static ContentResult Problem(
        int status, string title, string detail, IReadOnlyDictionary<string, object>? extensions = null) => new()
    {
        Content = JsonSerializer.Serialize(ProblemBody(status, title, detail, extensions), Json),
        ContentType = "application/problem+json; charset=utf-8",
        StatusCode = status,
    };

    /// <summary>
    /// A served document with its entity tag and caching policy: 304 with an empty body when the request's
    /// <c>If-None-Match</c> names the tag (or is <c>*</c>), the bytes otherwise.
    /// </summary>
    public static IActionResult Served(HttpRequest request, ServedDocument document, string cacheControl)
    {
        var response = request.HttpContext.Response;
        response.Headers.ETag = document.ETag;
        response.Headers.CacheControl = cacheControl;
        var tags = request.Headers.IfNoneMatch
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return tags.Any(t => t == "*" || t == document.ETag || t == "W/" + document.ETag)
            ? new StatusCodeResult(StatusCodes.Status304NotModified)
            : new FileContentResult(document.Content, document.ContentType);
    }

    private static Dictionary<string, object> ProblemBody(
        int status, string title, string detail, IReadOnlyDictionary<string, object>? extensions)
    {
        var body = new Dictionary<string, object> { ["status"] = status, ["title"] = title, ["detail"] = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object>()) body[key] = value;
        return body;
    }
}
