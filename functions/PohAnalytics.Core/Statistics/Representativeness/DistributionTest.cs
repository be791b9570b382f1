using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// 2×k chi-square test of homogeneity of a categorical variable's distribution in the sample and the benchmark, over the
/// categories the benchmark measured. Benchmark counts are % × n, flagged approximate unless computed from microdata.
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
    /// <summary>Upper-tail p-value.</summary>
    public double? PValue { get; init; }
    /// <summary>Cramér's V.</summary>
    public double? CramersV { get; init; }
    /// <summary>Smallest expected count.</summary>
    public double? MinimumExpectedCount { get; init; }
    /// <summary>Whether an expected count is below 5 (the chi-square approximation is doubtful).</summary>
    public bool HasExpectedCountBelowFive { get; init; }
    /// <summary>Whether counts were reconstructed from percentages (or weighted), so the test is approximate.</summary>
    public bool Approximate { get; init; }
    /// <summary>Why the test is not applicable, if it is not.</summary>
    public string? NotApplicableReason { get; init; }
    /// <summary>Whether withheld because a sample cell is suppressed (the statistic could reveal it).</summary>
    public bool Withheld { get; init; }
}
