namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>Outcome of raking.</summary>
/// <param name="Weights">One weight per respondent, in input order, scaled as <see cref="RakingOptions.WeightTotal"/> says.</param>
/// <param name="Iterations">Full raking cycles performed.</param>
/// <param name="Converged">Whether the largest margin error fell below the tolerance.</param>
/// <param name="MaxMarginError">Largest absolute difference between a weighted share and its target share.</param>
/// <param name="Diagnostics">Kish design effect, effective n and weight range of <see cref="Weights"/>.</param>
/// <param name="Normalisations">Margins that were rescaled because rounded percentages did not sum to 100.</param>
public sealed record RakingResult(
    IReadOnlyList<double> Weights,
    int Iterations,
    bool Converged,
    double MaxMarginError,
    WeightDiagnostics Diagnostics,
    IReadOnlyList<MarginNormalisation> Normalisations);
