using PohAnalytics.Core.Statistics.Weighting;

namespace PohAnalytics.Core.Application;

/// <summary>Raking asked for with a representativeness request.</summary>
/// <param name="Variables">Categorical variables to rake on, e.g. gender and employment.</param>
/// <param name="Options">Maximum iterations, tolerance and trimming.</param>
public sealed record RakingRequest(IReadOnlyList<string> Variables, RakingOptions Options)
{
    /// <summary>A stable text of the request for cache keys.</summary>
    public string Key => $"{string.Join(",", Variables)}|{Options.MaxIterations}|{Options.Tolerance:R}|{Options.LowerTrimBound:R}|{Options.UpperTrimBound:R}";
}
