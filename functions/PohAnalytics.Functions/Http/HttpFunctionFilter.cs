using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using PohAnalytics.Core.Application;

namespace PohAnalytics.Functions.Http;

/// <summary>
/// What happens around every HTTP function, shared by the Functions worker (<see cref="HttpFunctionMiddleware"/>) and
/// the local runner: security headers, the upload size limit, and exceptions answered as problems.
/// </summary>
public sealed class HttpFunctionFilter(UploadLimit limit, ILogger<HttpFunctionFilter> logger)
{
    /// <summary>Runs <paramref name="function"/> and returns its result, or the problem that replaces it.</summary>
    public async Task<object?> InvokeAsync(HttpContext http, Func<Task<object?>> function)
    {
        SecurityHeaders.ApplyApi(http.Response.Headers);
        if (http.Request.ContentLength > limit.MaxBytes) return HttpProblems.TooLarge(limit);
        // Also bounds bodies without Content-Length (chunked); reading past the limit throws a 413 BadHttpRequestException.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit.MaxBytes;
        try
        {
            return await function();
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            var problem = HttpProblems.For(ex, limit);
            if (problem.StatusCode >= 500) logger.LogError(ex, "{Method} {Path} failed", http.Request.Method, http.Request.Path);
            else logger.LogInformation("{Method} {Path} refused: {Status} {Reason}",
                http.Request.Method, http.Request.Path, problem.StatusCode, ex.Message);
            return problem;
        }
    }
}
