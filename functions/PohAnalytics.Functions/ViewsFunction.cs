using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Presentation.Views;

namespace PohAnalytics.Functions;

/// <summary>GET /api/views/{page}?filters: a dashboard page for the chosen slicers (aggregate and suppressed, like the published ones).</summary>
public sealed class ViewsFunction(DashboardViewService views)
{
    /// <summary>Builds the filtered view, or serves it from memory while its inputs are unchanged.</summary>
    [Function("Views")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "views/{page}")] HttpRequest request, string page, CancellationToken cancellationToken)
    {
        var query = ViewQuery.From(request.Query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.FirstOrDefault())));
        if (await views.ServeAsync(page, query, cancellationToken) is not { } view)
            return ApiResults.Problem(404, "Nog geen gegevens / No data yet", $"Er zijn nog geen gegevens voor '{page}' met deze selectie. / There is no data for '{page}' with this selection yet.");
        return ApiResults.Served(request, view, "public, max-age=60");
    }
}
