namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>All comparisons of a dataset (weighted or not) with one benchmark, and their summary.</summary>
/// <param name="Proportions">One per benchmark percentage.</param>
/// <param name="Means">One per benchmark mean.</param>
/// <param name="Distributions">One chi-square test per categorical variable with at least two measured categories.</param>
/// <param name="Summary">Mean |SMD|, counts beyond 0.1 and 0.2, verdicts.</param>
public sealed record Comparisons(
    IReadOnlyList<ProportionComparison> Proportions,
    IReadOnlyList<MeanComparison> Means,
    IReadOnlyList<DistributionTest> Distributions,
    RepresentativenessSummary Summary);
