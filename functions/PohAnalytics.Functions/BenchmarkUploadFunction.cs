using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;

namespace PohAnalytics.Functions;

/// <summary>POST /api/benchmarks: a benchmark CSV (raw body or multipart field 'file') stored as new benchmark versions.</summary>
public sealed class BenchmarkUploadFunction(AnalyticsService analytics)
{
    /// <summary>201 with the stored versions; 400 naming the row and column of an invalid cell.</summary>
    [Function("BenchmarkUpload")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "benchmarks")] HttpRequest request, CancellationToken cancellationToken)
    {
        Stream content = request.Body;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.FirstOrDefault();
            if (file is null) return ApiResults.Problem(400, "No file", "Send the benchmark CSV as the request body or as a form field named 'file'.");
            content = file.OpenReadStream();
        }
        // The parser reads synchronously; request bodies may only be read asynchronously.
        using var buffer = new MemoryStream();
        await using (content)
            await content.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return ApiResults.Ok(await analytics.AddBenchmarksAsync(buffer, cancellationToken), 201);
    }
}
