using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;

namespace PohAnalytics.Functions;

/// <summary>
/// POST /api/uploads/{id}/reprocess (the stored raw file again, with the current codebook) and
/// POST /api/uploads/{id}/publish (publish an ingestion the quality gate held).
/// </summary>
public sealed class ReprocessFunction(ReprocessService reprocess)
{
    /// <summary>202 with the new ingestion; 200 with the existing one when the codebook has not changed since.</summary>
    [Function("UploadReprocess")]
    public async Task<IActionResult> Reprocess(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "uploads/{id}/reprocess")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var (ingestion, created) = await reprocess.ReprocessAsync(id, cancellationToken);
        return ApiResults.Ok(new
        {
            ingestionId = ingestion.Id,
            datasetId = ingestion.Dataset.DatasetId,
            status = ingestion.Status,
            created,
            codebookRevision = ingestion.CodebookRevision,
            reprocessOf = ingestion.ReprocessOf,
            statusUrl = $"/api/uploads/{ingestion.Id}",
        }, created ? 202 : 200);
    }

    /// <summary>200 with the ingestion, now the dataset's current version; 400 when it is not held for review.</summary>
    [Function("UploadPublish")]
    public async Task<IActionResult> Publish(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "uploads/{id}/publish")] HttpRequest request, string id,
        CancellationToken cancellationToken) =>
        ApiResults.Ok(IngestionView.From(await reprocess.PublishAsync(id, cancellationToken)));
}
