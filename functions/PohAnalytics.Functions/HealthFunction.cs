using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace PohAnalytics.Functions;

/// <summary>GET /api/health.</summary>
public sealed class HealthFunction
{
    /// <summary>Reports that the app is up.</summary>
    [Function("Health")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
        => new OkObjectResult(new { status = "ok" });
}
