using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;

namespace PohAnalytics.Functions;

/// <summary>GET /api/datasets/{id}/descriptives: descriptives of every codebook variable of the dataset's current version (suppressed).</summary>
public sealed class DescriptivesFunction(AnalyticsService analytics)
{
    /// <summary>Serves the descriptives; 404 for an unknown dataset.</summary>
    [Function("Descriptives")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "datasets/{id}/descriptives")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        return ApiResults.Ok(await analytics.GetDescriptivesAsync(id, cancellationToken));
    }
}
