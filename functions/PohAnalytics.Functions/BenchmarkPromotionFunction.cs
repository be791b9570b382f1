using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;

namespace PohAnalytics.Functions;

/// <summary>POST /api/benchmarks/from-dataset/{datasetId}: promotes a dataset's current version to a benchmark from its microdata.</summary>
public sealed class BenchmarkPromotionFunction(AnalyticsService analytics)
{
    /// <summary>201 with the benchmark version; 404 for an unknown dataset.</summary>
    [Function("BenchmarkFromDataset")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "benchmarks/from-dataset/{datasetId}")] HttpRequest request, string datasetId, CancellationToken cancellationToken)
    {
        return ApiResults.Ok(await analytics.PromoteDatasetAsync(datasetId, cancellationToken), 201);
    }
}
