using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// 2×k chi-square test of homogeneity of a categorical variable's distribution in the sample and the benchmark, over the
/// categories the benchmark measured (after harmonisation). Benchmark counts are % × n, flagged approximate unless computed
/// from microdata. With an expected count below 5 a seeded Monte-Carlo p is used; a weighted sample is tested with the
/// Rao–Scott goodness-of-fit test against the benchmark's shares instead; with the benchmark's microdata at hand, both data
/// sets are stacked and tested by the design-based Rao–Scott test of homogeneity.
/// </summary>
public sealed record DistributionTest
{
    /// <summary>Codebook variable id.</summary>
    public required string Variable { get; init; }
    /// <summary>Codebook label.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>Category codes compared (those the benchmark measured).</summary>
    public required IReadOnlyList<string> Categories { get; init; }
    /// <summary>Sample categories left out because the benchmark did not measure them (the test is conditional on the rest).</summary>
    public IReadOnlyList<string> ExcludedSampleCategories { get; init; } = [];
    /// <summary>Pearson X²; null when not applicable or withheld.</summary>
    public double? ChiSquare { get; init; }
    /// <summary>Degrees of freedom.</summary>
    public int? DegreesOfFreedom { get; init; }
    /// <summary>Upper-tail p-value (asymptotic χ², or Rao–Scott when weighted).</summary>
    public double? PValue { get; init; }
    /// <summary>Cramér's V.</summary>
    public double? CramersV { get; init; }
    /// <summary>Smallest expected count.</summary>
    public double? MinimumExpectedCount { get; init; }
    /// <summary>Whether an expected count is below 5 (the chi-square approximation is doubtful).</summary>
    public bool HasExpectedCountBelowFive { get; init; }
    /// <summary>The warning shown when an expected count is below 5; null otherwise.</summary>
    public string? Warning { get; init; }
    /// <summary>Which test: "pearson" (χ² of the 2×k table), "pearson-monte-carlo" (the same X², Monte-Carlo p because an
    /// expected count is below 5), "rao-scott-gof" (weighted sample against the benchmark's shares, <c>svygofchisq</c>) or
    /// "rao-scott-homogeneity" (benchmark microdata: both data sets stacked, strata = data set, <c>svychisq</c> F).</summary>
    public string Test { get; init; } = "pearson";
    /// <summary>Monte-Carlo p-value (whole counts, benchmark % × n rounded) when an expected count is below 5.</summary>
    public double? MonteCarloPValue { get; init; }
    /// <summary>Simulated tables behind <see cref="MonteCarloPValue"/>.</summary>
    public int? MonteCarloReplicates { get; init; }
    /// <summary>Generator seed behind <see cref="MonteCarloPValue"/> (fixed: the same p on every request).</summary>
    public int? MonteCarloSeed { get; init; }
    /// <summary>Rao–Scott (Satterthwaite) scale, weighted only.</summary>
    public double? RaoScottScale { get; init; }
    /// <summary>Rao–Scott (Satterthwaite) degrees of freedom, weighted only.</summary>
    public double? RaoScottDf { get; init; }
    /// <summary>Rao–Scott F = X²/tr(Δ) of the stacked test of homogeneity (benchmark microdata only).</summary>
    public double? RaoScottF { get; init; }
    /// <summary>Numerator degrees of freedom d₀ of <see cref="RaoScottF"/>.</summary>
    public double? RaoScottNumeratorDf { get; init; }
    /// <summary>Denominator degrees of freedom d₀·(n − 2) of <see cref="RaoScottF"/>.</summary>
    public double? RaoScottDenominatorDf { get; init; }
    /// <summary>The p-value the verdict uses: Monte-Carlo when computed, otherwise <see cref="PValue"/>.</summary>
    public double? VerdictPValue { get; init; }
    /// <summary>Benchmark categories that include sample categories (harmonisation), in words; empty when none.</summary>
    public IReadOnlyList<string> Harmonisations { get; init; } = [];
    /// <summary>Whether counts were reconstructed from percentages (or weighted), so the test is approximate.</summary>
    public bool Approximate { get; init; }
    /// <summary>Why the test is not applicable, if it is not.</summary>
    public string? NotApplicableReason { get; init; }
    /// <summary>Whether withheld because a sample cell is suppressed (the statistic could reveal it).</summary>
    public bool Withheld { get; init; }
}
