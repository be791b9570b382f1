using MathNet.Numerics;

namespace PohAnalytics.Core.Statistics.Proportions;

/// <summary>
/// Pearson chi-square test of homogeneity for a 2 × k table (two groups, one categorical variable), without
/// continuity correction, as R's <c>chisq.test(matrix, correct = FALSE)</c>. Categories with a zero count in both
/// rows carry no information and would make an expected count zero, so they are dropped before testing and listed
/// in <see cref="DroppedCategories"/>.
/// </summary>
/// <param name="IsApplicable">Whether a test could be computed (at least two non-empty categories and two non-empty rows).</param>
/// <param name="NotApplicableReason">Why the test is not applicable, or <c>null</c>.</param>
/// <param name="ChiSquare">Pearson X²; <c>null</c> when not applicable.</param>
/// <param name="DegreesOfFreedom">k − 1 over the retained categories; <c>null</c> when not applicable.</param>
/// <param name="PValue">Upper-tail p-value; <c>null</c> when not applicable.</param>
/// <param name="CramersV">Cramér's V = √(X² / (N · (min(2, k) − 1))); <c>null</c> when not applicable.</param>
/// <param name="MinimumExpectedCount">Smallest expected count over retained cells; <c>null</c> when not applicable.</param>
/// <param name="HasExpectedCountBelowFive">Whether any expected count is below 5, where the chi-square approximation is doubtful.</param>
/// <param name="IsApproximate">Supplied by the caller: <c>true</c> when counts were reconstructed (e.g. benchmark % × n).</param>
/// <param name="TotalN">Sum of all counts.</param>
/// <param name="RetainedCategories">Indices (into the input) of the categories tested.</param>
/// <param name="DroppedCategories">Indices (into the input) of categories dropped because both counts were zero.</param>
public sealed record ChiSquareHomogeneityTest(
    bool IsApplicable,
    string? NotApplicableReason,
    double? ChiSquare,
    int? DegreesOfFreedom,
    double? PValue,
    double? CramersV,
    double? MinimumExpectedCount,
    bool HasExpectedCountBelowFive,
    bool IsApproximate,
    double TotalN,
    IReadOnlyList<int> RetainedCategories,
    IReadOnlyList<int> DroppedCategories)
{
    /// <summary>Threshold below which an expected count is flagged.</summary>
    public const double SmallExpectedCount = 5;

    /// <summary>Category labels in input order when built with <see cref="FromCategoryCounts"/>; <c>null</c> otherwise.</summary>
    public IReadOnlyList<string>? CategoryLabels { get; init; }

    /// <summary>
    /// Tests two labelled distributions, e.g. sample counts against a benchmark's percentages × n. Categories are the
    /// union of both (group 1's order first); a category missing from one group counts 0 there.
    /// </summary>
    /// <param name="group1Counts">Category → count in group 1.</param>
    /// <param name="group2Counts">Category → count in group 2.</param>
    /// <param name="isApproximate">Whether the counts are reconstructed and the result must be labelled approximate.</param>
    /// <returns>The test result with <see cref="CategoryLabels"/> set, so retained and dropped indices can be named.</returns>
    public static ChiSquareHomogeneityTest FromCategoryCounts(
        IReadOnlyDictionary<string, double> group1Counts, IReadOnlyDictionary<string, double> group2Counts, bool isApproximate)
    {
        ArgumentNullException.ThrowIfNull(group1Counts);
        ArgumentNullException.ThrowIfNull(group2Counts);
        var labels = group1Counts.Keys.Concat(group2Counts.Keys.Where(k => !group1Counts.ContainsKey(k))).ToArray();
        var row1 = labels.Select(k => group1Counts.GetValueOrDefault(k)).ToArray();
        var row2 = labels.Select(k => group2Counts.GetValueOrDefault(k)).ToArray();
        return Compute(row1, row2, isApproximate) with { CategoryLabels = labels };
    }

    /// <summary>Tests whether two groups share the same distribution over k categories.</summary>
    /// <param name="group1Counts">Counts per category in group 1 (non-negative; non-integer allowed).</param>
    /// <param name="group2Counts">Counts per category in group 2, same category order and length.</param>
    /// <param name="isApproximate">Whether the counts are reconstructed and the result must be labelled approximate.</param>
    /// <returns>The test result, or a not-applicable result (never an exception) for fewer than two non-empty categories or an empty group.</returns>
    /// <exception cref="ArgumentException">The rows differ in length or a count is negative or non-finite.</exception>
    public static ChiSquareHomogeneityTest Compute(IReadOnlyList<double> group1Counts, IReadOnlyList<double> group2Counts, bool isApproximate)
    {
        ArgumentNullException.ThrowIfNull(group1Counts);
        ArgumentNullException.ThrowIfNull(group2Counts);
        if (group1Counts.Count != group2Counts.Count)
        {
            throw new ArgumentException($"Both groups need the same categories: got {group1Counts.Count} and {group2Counts.Count} counts.", nameof(group2Counts));
        }

        var retained = new List<int>();
        var dropped = new List<int>();
        for (var j = 0; j < group1Counts.Count; j++)
        {
            StatisticsGuard.NonNegative(group1Counts[j], nameof(group1Counts));
            StatisticsGuard.NonNegative(group2Counts[j], nameof(group2Counts));
            (group1Counts[j] + group2Counts[j] > 0 ? retained : dropped).Add(j);
        }

        var row1 = retained.Sum(j => group1Counts[j]);
        var row2 = retained.Sum(j => group2Counts[j]);
        var total = row1 + row2;

        string? reason = null;
        if (retained.Count < 2)
        {
            reason = $"Only {retained.Count} category has respondents; a distribution over one category cannot differ between groups.";
        }
        else if (row1 == 0 || row2 == 0)
        {
            reason = "One group has no respondents; there is nothing to compare.";
        }

        if (reason is not null)
        {
            return new ChiSquareHomogeneityTest(false, reason, null, null, null, null, null, false, isApproximate, total, retained, dropped);
        }

        var chiSquare = 0.0;
        var minExpected = double.PositiveInfinity;
        foreach (var j in retained)
        {
            var column = group1Counts[j] + group2Counts[j];
            foreach (var (observed, rowTotal) in new[] { (group1Counts[j], row1), (group2Counts[j], row2) })
            {
                var expected = rowTotal * column / total;
                minExpected = Math.Min(minExpected, expected);
                chiSquare += (observed - expected) * (observed - expected) / expected;
            }
        }

        var df = retained.Count - 1;
        // The regularized upper incomplete gamma keeps precision for tiny p, where 1 − CDF would round to 0.
        var p = SpecialFunctions.GammaUpperRegularized(df / 2.0, chiSquare / 2);
        var cramersV = Math.Sqrt(chiSquare / total);
        return new ChiSquareHomogeneityTest(
            true, null, chiSquare, df, p, cramersV, minExpected, minExpected < SmallExpectedCount, isApproximate, total, retained, dropped);
    }
}
