using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Codebook.Mapping;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Functions;

/// <summary>
/// GET /api/uploads/{id}/mapping: the upload's unknown values and headers with suggestions, against the current codebook.
/// </summary>
public sealed class MappingFunction(IDatasetRegistry registry, ICodebookProvider codebooks)
{
    /// <summary>200 with the review; 404 for an unknown upload.</summary>
    [Function("UploadMapping")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "uploads/{id}/mapping")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        var ingestion = await registry.GetIngestionAsync(id, cancellationToken);
        if (ingestion is null) return ApiResults.Problem(404, "Unknown upload", $"No ingestion with id '{id}'.");
        var current = await codebooks.GetCurrentAsync(cancellationToken);
        return ApiResults.Ok(MappingReview.Of(ingestion.Id, ingestion.CodebookRevision, ingestion.Report, current));
    }
}
