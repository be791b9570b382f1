using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Statistics.Weighting;
using PohAnalytics.Presentation.Views;

namespace PohAnalytics.Functions.Http;

/// <summary>
/// The one mapping from exceptions to RFC 9457 problems (application/problem+json). Functions throw; the pipeline
/// (<see cref="HttpFunctionFilter"/>) answers with this mapping, so no function catches to build an error answer.
/// </summary>
public static class HttpProblems
{
    /// <summary>The problem for an exception: 4xx with its message for a bad request, otherwise a 500 without details.</summary>
    public static ContentResult For(Exception exception, UploadLimit limit) => exception switch
    {
        UploadTooLargeException tooLarge => TooLarge(tooLarge.Limit),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge(limit),
        BadHttpRequestException bad => ApiResults.Problem(bad.StatusCode, "Bad request", bad.Message),
        AnalyticsNotFoundException notFound => ApiResults.Problem(404, "Not found", notFound.Message),
        ViewRequestException view => ApiResults.Problem(400, "View not available", view.Message),
        BenchmarkCsvException benchmark => ApiResults.Problem(400, "Benchmark file refused", benchmark.Message),
        CodebookChangeException mapping => ApiResults.Problem(400, "Mapping refused", mapping.Message),
        RakingException raking => ApiResults.Problem(422, "Raking not possible", raking.Message),
        // Malformed multipart bodies (a raw newline in a part header, a truncated boundary) surface as InvalidDataException.
        InvalidDataException invalid => ApiResults.Problem(400, "Unreadable request", invalid.Message),
        ArgumentException argument => ApiResults.Problem(400, "Bad request", argument.Message),
        _ => ApiResults.Problem(500, "Internal error", "The request failed on the server; the error is logged."),
    };

    /// <summary>413 naming the limit and the way in for larger files.</summary>
    public static ContentResult TooLarge(UploadLimit limit) => ApiResults.Problem(413, "Upload too large",
        $"The request is larger than the upload limit of {limit.Describe()}. Put larger files in the drop folder "
        + "(blob container 'uploads', prefix 'drop/'); see docs/reliability.md.",
        new Dictionary<string, object> { ["limitBytes"] = limit.MaxBytes });
}
