using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Statistics.Weighting;

namespace PohAnalytics.Functions;

/// <summary>
/// GET /api/datasets/{id}/representativeness?benchmark=…[&amp;rake=a,b&amp;maxIterations=&amp;tolerance=&amp;trimLower=&amp;trimUpper=]:
/// the dataset against a benchmark, optionally raked to its margins.
/// </summary>
public sealed class RepresentativenessFunction(AnalyticsService analytics)
{
    /// <summary>Serves the comparison; 400 for bad parameters, 404 for unknown ids, 422 when raking cannot meet the margins.</summary>
    [Function("Representativeness")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "datasets/{id}/representativeness")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var benchmark = request.Query["benchmark"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(benchmark))
            return ApiResults.Problem(400, "No benchmark", "Name the benchmark to compare with: ?benchmark=lvpohggz-2018 (GET /api/benchmarks lists them).");
        var raking = ParseRaking(request.Query);
        return ApiResults.Ok(await analytics.GetRepresentativenessAsync(id, benchmark.Trim(), raking, cancellationToken));
    }

    private static RakingRequest? ParseRaking(IQueryCollection query)
    {
        var rake = query["rake"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(rake)) return null;
        var variables = rake.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var defaults = new RakingOptions();
        var options = new RakingOptions
        {
            MaxIterations = (int?)Number(query, "maxIterations") ?? defaults.MaxIterations,
            Tolerance = Number(query, "tolerance") ?? defaults.Tolerance,
            LowerTrimBound = Number(query, "trimLower"),
            UpperTrimBound = Number(query, "trimUpper"),
        };
        options.Validate();
        return new RakingRequest(variables, options);
    }

    private static double? Number(IQueryCollection query, string name)
    {
        var text = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(text)) return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"'{name}' must be a number (got '{text}').");
    }
}
