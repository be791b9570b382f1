using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Functions;

/// <summary>GET /api/datasets: the datasets and their current versions (no microdata).</summary>
public sealed class DatasetsFunction(IDatasetRegistry registry)
{
    /// <summary>Lists datasets.</summary>
    [Function("Datasets")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "datasets")] HttpRequest request, CancellationToken cancellationToken)
    {
        var datasets = await registry.ListDatasetsAsync(cancellationToken);
        return ApiResults.Ok(datasets.Select(d => new
        {
            d.Id,
            name = d.Metadata.Name,
            kind = d.Metadata.KindName,
            respondentType = d.Metadata.RespondentTypeName,
            wave = d.Metadata.Wave,
            d.CurrentVersion,
            rows = d.Rows,
            d.CodebookVersion,
            d.UpdatedAt,
        }).ToList());
    }
}
