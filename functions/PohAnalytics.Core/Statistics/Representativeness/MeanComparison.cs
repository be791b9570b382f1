using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// The sample mean against a benchmark mean: raw difference with the sample's t interval; the SMD uses the pooled SD
/// when the benchmark SD is known (then also a Welch t-test) and otherwise the sample SD only, flagged.
/// </summary>
public sealed record MeanComparison
{
    /// <summary>Codebook variable id.</summary>
    public required string Variable { get; init; }
    /// <summary>Codebook label.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>Sample respondents with a value (effective n when weighted).</summary>
    public double? SampleN { get; init; }
    /// <summary>Sample mean.</summary>
    public double? SampleMean { get; init; }
    /// <summary>Sample SD.</summary>
    public double? SampleSd { get; init; }
    /// <summary>95% interval of the sample mean: Student t unweighted; mean ± 1.96·SE (as <c>confint(svymean)</c>) when weighted.</summary>
    public ConfidenceInterval? SampleMeanCi { get; init; }
    /// <summary>Standard error of the sample mean: s/√n unweighted; Taylor-linearised for the raked design when weighted.</summary>
    public double? StandardError { get; init; }
    /// <summary>Benchmark mean.</summary>
    public double BenchmarkMean { get; init; }
    /// <summary>Benchmark SD when known.</summary>
    public double? BenchmarkSd { get; init; }
    /// <summary>Benchmark n.</summary>
    public double BenchmarkN { get; init; }
    /// <summary>Sample mean minus benchmark mean.</summary>
    public double? Difference { get; init; }
    /// <summary>Standardized mean difference.</summary>
    public double? Smd { get; init; }
    /// <summary>Whether the SMD divides by the sample SD only because the benchmark published no SD.</summary>
    public bool SmdUsesSampleSdOnly { get; init; }
    /// <summary>Welch t statistic (only when the benchmark SD is known).</summary>
    public double? WelchT { get; init; }
    /// <summary>Welch–Satterthwaite degrees of freedom.</summary>
    public double? WelchDf { get; init; }
    /// <summary>Two-sided p-value of the Welch test.</summary>
    public double? PValue { get; init; }
    /// <summary>Welch 95% interval of the difference.</summary>
    public ConfidenceInterval? DifferenceCi { get; init; }
    /// <summary>Equivalence margin in the variable's units: 0.1 × the SD the SMD divides by (so equivalent ⇔ |SMD| &lt; 0.1).</summary>
    public double? EquivalenceMargin { get; init; }
    /// <summary>TOST p-value (Welch t; without a benchmark SD the benchmark SD is assumed equal to the sample SD, df n − 1).</summary>
    public double? EquivalencePValue { get; init; }
    /// <summary>Why a statistic is missing, if one is.</summary>
    public string? Note { get; init; }
    /// <summary>Whether the sample side is withheld (fewer respondents than the suppression threshold).</summary>
    public bool Withheld { get; init; }
}
