using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Functions;

/// <summary>GET /api/uploads/{id} and GET /api/uploads: ingestion status and validation reports, for staff.</summary>
public sealed class UploadStatusFunction(IDatasetRegistry registry)
{
    /// <summary>One ingestion with its report.</summary>
    [Function("UploadStatus")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "uploads/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var ingestion = await registry.GetIngestionAsync(id, cancellationToken);
        return ingestion is null
            ? ApiResults.Problem(404, "Unknown upload", $"No ingestion with id '{id}'.")
            : ApiResults.Ok(IngestionView.From(ingestion));
    }

    /// <summary>The most recent ingestions, newest first.</summary>
    [Function("UploadList")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "uploads")] HttpRequest request, CancellationToken cancellationToken)
    {
        var top = int.TryParse(request.Query["top"], out var n) ? Math.Clamp(n, 1, 500) : 50;
        var list = await registry.ListIngestionsAsync(top, cancellationToken);
        return ApiResults.Ok(list.Select(IngestionView.From).ToList());
    }
}
