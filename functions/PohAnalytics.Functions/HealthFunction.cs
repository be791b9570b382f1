using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Storage;

namespace PohAnalytics.Functions;

/// <summary>GET /api/health: is the app up and is storage reachable.</summary>
public sealed class HealthFunction(StorageClients storage, ICodebookProvider codebooks, IRefreshHistory refreshes, TimeProvider clock)
{
    /// <summary>Reports status; 503 when storage cannot be reached.</summary>
    [Function("Health")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken)
    {
        string storageStatus;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await storage.Tables.GetTableClient(StorageNames.DatasetsTable).QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, cancellationToken: timeout.Token)
                .AsPages().GetAsyncEnumerator(timeout.Token).MoveNextAsync();
            storageStatus = "reachable";
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            storageStatus = "unreachable: " + ex.Message.Split('\n')[0];
        }
        var healthy = storageStatus == "reachable";
        var lastRefresh = healthy ? (await refreshes.ListAsync(1, cancellationToken)).FirstOrDefault() : null;
        return ApiResults.Ok(new
        {
            status = healthy ? "healthy" : "degraded",
            storage = storageStatus,
            codebook = new { codebooks.Current.Id, codebooks.Current.Version, codebooks.Current.Revision },
            lastRefresh = lastRefresh is null ? null : new { lastRefresh.Outcome, lastRefresh.Version, lastRefresh.CompletedAt, lastRefresh.Error },
            time = clock.GetUtcNow(),
        }, healthy ? 200 : 503);
    }
}
