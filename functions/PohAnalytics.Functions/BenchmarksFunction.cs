using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;

namespace PohAnalytics.Functions;

/// <summary>GET /api/benchmarks: the latest version of every benchmark, with codebook labels.</summary>
public sealed class BenchmarksFunction(AnalyticsService analytics)
{
    /// <summary>Lists benchmarks.</summary>
    [Function("Benchmarks")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "benchmarks")] HttpRequest request, CancellationToken cancellationToken) =>
        ApiResults.Ok(await analytics.ListBenchmarksAsync(cancellationToken));
}
