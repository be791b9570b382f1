using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Statistics.Weighting;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// The dataset raked to a benchmark's margins: the margins used, convergence, weight diagnostics (Kish design effect,
/// effective n, weight range), SMD before and after, the weighted comparisons and weighted descriptives of every variable.
/// </summary>
public sealed record RakingReport
{
    /// <summary>Raking variables, in the order raked.</summary>
    public required IReadOnlyList<string> Variables { get; init; }
    /// <summary>Target margins in percent per variable and category code ("(other)" = categories the benchmark lumps together).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Margins { get; init; }
    /// <summary>Options used.</summary>
    public required RakingOptions Options { get; init; }
    /// <summary>Raking cycles performed.</summary>
    public int Iterations { get; init; }
    /// <summary>Whether the margins were met within the tolerance.</summary>
    public bool Converged { get; init; }
    /// <summary>Largest difference between a weighted share and its target share.</summary>
    public double MaxMarginError { get; init; }
    /// <summary>Kish design effect n·Σw²/(Σw)².</summary>
    public double DesignEffect { get; init; }
    /// <summary>Effective n (Σw)²/Σw².</summary>
    public double EffectiveN { get; init; }
    /// <summary>Smallest weight (mean weight 1).</summary>
    public double MinWeight { get; init; }
    /// <summary>Largest weight (mean weight 1).</summary>
    public double MaxWeight { get; init; }
    /// <summary>Margins rescaled because rounded percentages did not sum to 100.</summary>
    public IReadOnlyList<MarginNormalisation> Normalisations { get; init; } = [];
    /// <summary>SMD per benchmark figure before and after weighting.</summary>
    public IReadOnlyList<SmdChange> SmdBeforeAfter { get; init; } = [];
    /// <summary>Mean |SMD| over the benchmark figures before raking.</summary>
    public double? MeanAbsSmdBefore { get; init; }
    /// <summary>Mean |SMD| over the benchmark figures after raking.</summary>
    public double? MeanAbsSmdAfter { get; init; }
    /// <summary>Comparisons of the weighted sample with the benchmark (linearised SEs, Rao–Scott tests).</summary>
    public required Comparisons Weighted { get; init; }
    /// <summary>Weighted descriptives of every variable, intervals on the effective n.</summary>
    public required DatasetDescriptives WeightedDescriptives { get; init; }
}
