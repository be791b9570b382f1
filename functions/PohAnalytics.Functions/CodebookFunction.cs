using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Codebook.Versions;

namespace PohAnalytics.Functions;

/// <summary>
/// The codebook as staff change it: GET /api/codebook, GET /api/codebook/versions, POST /api/codebook/aliases and
/// POST /api/codebook/versions/{revision}/restore. Every change is a new version; bad aliases get 400 and change nothing.
/// </summary>
public sealed class CodebookFunction(CodebookService codebooks, ICodebookProvider provider)
{
    /// <summary>The current version with its content.</summary>
    [Function("Codebook")]
    public async Task<IActionResult> Current(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "codebook")] HttpRequest request, CancellationToken cancellationToken)
    {
        var version = await codebooks.CurrentAsync(cancellationToken);
        var content = await provider.GetAsync(version.Revision, cancellationToken);
        return ApiResults.Ok(new { version, codebook = content });
    }

    /// <summary>Every version, oldest first: revision, who, when, why and what changed.</summary>
    [Function("CodebookVersions")]
    public async Task<IActionResult> Versions(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "codebook/versions")] HttpRequest request,
        CancellationToken cancellationToken) =>
        ApiResults.Ok(await codebooks.ListAsync(cancellationToken));

    /// <summary>
    /// Adds value aliases (<c>{"variable", "category", "alias"}</c>) and header aliases (<c>{"variable", "header"}</c>): the
    /// body is their array, or <c>{"aliases": [...], "author": "…", "reason": "…"}</c>. 201 with the new version.
    /// </summary>
    [Function("CodebookAliases")]
    public async Task<IActionResult> AddAliases(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "codebook/aliases")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, cancellationToken);
        var author = Text(body, "author") ?? request.Headers["x-poh-user"].FirstOrDefault() ?? request.Query["author"].FirstOrDefault();
        var reason = Text(body, "reason") ?? request.Query["reason"].FirstOrDefault();
        var items = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("aliases", out var list) ? list : body;
        if (items.ValueKind != JsonValueKind.Array)
            throw new ArgumentException("Send an array of aliases: [{\"variable\": …, \"category\": …, \"alias\": …}] "
                + "or [{\"variable\": …, \"header\": …}].");
        var changes = items.EnumerateArray()
            .Select(i => new AliasChange(Text(i, "variable"), Text(i, "category"), Text(i, "alias"), Text(i, "header")))
            .ToList();
        return ApiResults.Ok(await codebooks.AddAliasesAsync(changes, author, reason, cancellationToken), 201);
    }

    /// <summary>Stores an earlier revision's content as a new version. 201 with it; 404 for an unknown revision.</summary>
    [Function("CodebookRestore")]
    public async Task<IActionResult> Restore(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "codebook/versions/{revision:int}/restore")] HttpRequest request,
        int revision, CancellationToken cancellationToken)
    {
        var body = request.ContentLength is > 0 ? await ReadBodyAsync(request, cancellationToken) : default;
        var author = Text(body, "author") ?? request.Headers["x-poh-user"].FirstOrDefault();
        return ApiResults.Ok(await codebooks.RestoreAsync(revision, author, Text(body, "reason"), cancellationToken), 201);
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The body is not valid JSON: {ex.Message}");
        }
    }

    private static string? Text(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in element.EnumerateObject())
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.ToString();
        return null;
    }
}
