using PohAnalytics.Core.Publishing;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

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

    private static Dictionary<string, object> ProblemBody(
        int status, string title, string detail, IReadOnlyDictionary<string, object>? extensions)
    {
        var body = new Dictionary<string, object> { ["status"] = status, ["title"] = title, ["detail"] = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object>()) body[key] = value;
        return body;
    }
}
