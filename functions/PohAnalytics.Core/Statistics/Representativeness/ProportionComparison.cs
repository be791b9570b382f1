using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// The sample against one benchmark percentage: both are samples, so the difference gets a 95% interval, a
/// two-proportion z-test (pooled), Cohen's h and the standardized difference. Percentages and points are unrounded.
/// </summary>
public sealed record ProportionComparison
{
    /// <summary>Codebook variable id.</summary>
    public required string Variable { get; init; }
    /// <summary>Category codes covered (one, a union, or a multi-response option).</summary>
    public required IReadOnlyList<string> Categories { get; init; }
    /// <summary>Codebook label of the category, option or category group.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>The label as the benchmark published it.</summary>
    public string? BenchmarkLabel { get; init; }
    /// <summary>Sample respondents in the categories (unweighted); null when withheld.</summary>
    public int? SampleCount { get; init; }
    /// <summary>Sample denominator (valid answers; effective n when weighted); null when withheld.</summary>
    public double? SampleN { get; init; }
    /// <summary>Sample percentage (weighted when raked); null when withheld or the sample has no valid answers.</summary>
    public double? SamplePercent { get; init; }
    /// <summary>95% interval of the sample percentage, in percent: Wilson unweighted; estimate ± 1.96·SE (as
    /// <c>confint(svymean)</c>) when weighted.</summary>
    public ConfidenceInterval? SamplePercentCi { get; init; }
    /// <summary>Standard error of the sample percentage, in percentage points: √(p(1−p)/n) unweighted; Taylor-linearised
    /// for the raked design when weighted (as <c>survey::svymean</c> after <c>rake</c>; 0 for a raking category).</summary>
    public double? StandardError { get; init; }
    /// <summary>Benchmark percentage; null when withheld (small cell of a benchmark computed from microdata).</summary>
    public double? BenchmarkPercent { get; init; }
    /// <summary>Benchmark denominator.</summary>
    public double BenchmarkN { get; init; }
    /// <summary>Sample minus benchmark, in percentage points.</summary>
    public double? DifferencePoints { get; init; }
    /// <summary>95% Wald interval of the difference, in percentage points (sample SE linearised when weighted).</summary>
    public ConfidenceInterval? DifferenceCi { get; init; }
    /// <summary>Two-proportion z statistic: pooled unweighted; difference / √(SE² + p₂(1−p₂)/n₂) when weighted; null when
    /// undefined (both 0% or both 100%).</summary>
    public double? Z { get; init; }
    /// <summary>Two-sided p-value of z.</summary>
    public double? PValue { get; init; }
    /// <summary>Cohen's h (2·asin√p_sample − 2·asin√p_benchmark).</summary>
    public double? CohensH { get; init; }
    /// <summary>Standardized difference (p1 − p2)/√((p1(1−p1) + p2(1−p2))/2); null when undefined.</summary>
    public double? Smd { get; init; }
    /// <summary>Equivalence margin in percentage points (TOST: the difference lies within ±margin).</summary>
    public double? EquivalenceMarginPoints { get; init; }
    /// <summary>TOST p-value: equivalent within the margin when below 0.05 (the 90% interval of the difference lies inside).</summary>
    public double? EquivalencePValue { get; init; }
    /// <summary>How the benchmark's category was harmonised with the sample's, when it was (e.g. its "Anders" includes the
    /// sample's "seconded by another organisation").</summary>
    public string? Harmonisation { get; init; }
    /// <summary>Whether the benchmark count was reconstructed from a rounded percentage × n.</summary>
    public bool BenchmarkCountApproximate { get; init; }
    /// <summary>Why a statistic is missing (no sample answers, no variation), if one is.</summary>
    public string? Note { get; init; }
    /// <summary>Whether the sample side is withheld by small-cell suppression.</summary>
    public bool Withheld { get; init; }
}
