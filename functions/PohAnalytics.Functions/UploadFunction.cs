using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Functions;

/// <summary>POST /api/uploads: a poll or survey export plus its dataset metadata (multipart form, or raw body with query parameters).</summary>
public sealed class UploadFunction(UploadService uploads, UploadLimit limit)
{
    /// <summary>
    /// Stores the raw file and queues it; 202 for a new ingestion, 200 when the same bytes were uploaded before; 413 above
    /// <see cref="UploadLimit"/> (larger files go through the drop folder).
    /// </summary>
    [Function("Upload")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "uploads")] HttpRequest request, CancellationToken cancellationToken)
    {
        Stream content;
        string? fileName;
        IQueryCollection query = request.Query;
        Func<string, string?> field = key => query[key].FirstOrDefault();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.FirstOrDefault();
            if (file is null) return ApiResults.Problem(400, "No file", "Send the export as a multipart form field named 'file'.");
            content = file.OpenReadStream();
            fileName = file.FileName;
            field = key => form[key].FirstOrDefault() ?? query[key].FirstOrDefault();
        }
        else
        {
            content = request.Body;
            fileName = field("fileName");
        }
        if (string.IsNullOrWhiteSpace(fileName))
            return ApiResults.Problem(400, "No file name", "Give the file name (form file name or ?fileName=).");
        fileName = UploadFileName.Sanitise(fileName);
        var dataset = DatasetMetadata.Parse(field("name") ?? Path.GetFileNameWithoutExtension(fileName), field("kind"), field("respondentType"), field("wave"));
        await using (content)
        {
            var (ingestion, created) = await uploads.AcceptAsync(content, fileName, dataset, "http", cancellationToken, limit);
            var statusUrl = $"/api/uploads/{ingestion.Id}";
            request.HttpContext.Response.Headers.Location = statusUrl;
            return ApiResults.Ok(new
            {
                ingestionId = ingestion.Id,
                datasetId = ingestion.Dataset.DatasetId,
                status = ingestion.Status,
                created,
                statusUrl,
            }, created ? 202 : 200);
        }
    }
}
