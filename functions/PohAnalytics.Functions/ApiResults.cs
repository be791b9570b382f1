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

    /// <summary>A problem response (RFC 9457 shape) a person can read.</summary>
    public static ContentResult Problem(int status, string title, string detail) => new()
    {
        Content = JsonSerializer.Serialize(new { status, title, detail }, Json),
        ContentType = "application/problem+json; charset=utf-8",
        StatusCode = status,
    };
}
