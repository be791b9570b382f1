namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>A target margin that summed to slightly more or less than 100% (rounded percentages) and was rescaled.</summary>
/// <param name="Variable">The raking variable.</param>
/// <param name="OriginalTotal">What the margin summed to as given (e.g. 99).</param>
/// <param name="NominalTotal">What it was normalised to represent (100 for percentages, 1 for proportions).</param>
public sealed record MarginNormalisation(string Variable, double OriginalTotal, double NominalTotal);
