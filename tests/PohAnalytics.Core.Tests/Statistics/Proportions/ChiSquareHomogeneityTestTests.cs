using PohAnalytics.Core.Statistics.Proportions;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Proportions;

public class ChiSquareHomogeneityTestTests
{
    [Theory]
    [MemberData(nameof(ReferenceData.ChiSquare), MemberType = typeof(ReferenceData))]
    public void Matches_R_chisq_test_without_continuity_correction(ChiSquareCase reference)
    {
        var result = ChiSquareHomogeneityTest.Compute(reference.Row1, reference.Row2, isApproximate: true);

        Assert.True(result.IsApplicable);
        Tolerance.Close(reference.ChiSquare, result.ChiSquare, Tolerance.Statistic, "X²");
        Assert.Equal(reference.Df, result.DegreesOfFreedom);
        Tolerance.Relative(reference.PValue, result.PValue, Tolerance.PValue, "p");
        Tolerance.Close(reference.CramersV, result.CramersV, Tolerance.Statistic, "Cramér's V");
        Tolerance.Close(reference.MinExpected, result.MinimumExpectedCount, Tolerance.Statistic, "min expected");
        Assert.Equal(reference.MinExpected < 5, result.HasExpectedCountBelowFive);
        Assert.Equal(reference.Dropped, result.DroppedCategories);
        Assert.True(result.IsApproximate);
    }

    [Theory]
    [MemberData(nameof(ReferenceData.ChiSquare), MemberType = typeof(ReferenceData))]
    public void Matches_R_from_labelled_counts_leaving_out_zero_categories(ChiSquareCase reference)
    {
        // Only nonzero counts are passed, so categories a group lacks must come from the union of labels.
        var group1 = reference.Categories.Zip(reference.Row1).Where(p => p.Second > 0).ToDictionary(p => p.First, p => p.Second);
        var group2 = reference.Categories.Zip(reference.Row2).Where(p => p.Second > 0).ToDictionary(p => p.First, p => p.Second);

        var result = ChiSquareHomogeneityTest.FromCategoryCounts(group1, group2, isApproximate: true);

        Tolerance.Close(reference.ChiSquare, result.ChiSquare, Tolerance.Statistic, "X²");
        Assert.Equal(reference.Df, result.DegreesOfFreedom);
        Assert.Equal(reference.Categories.Where((_, j) => !reference.Dropped.Contains(j)).Order(), result.CategoryLabels!.Order());
    }

    [Fact]
    public void Drops_category_empty_in_both_groups_and_lists_it()
    {
        var result = ChiSquareHomogeneityTest.Compute([10, 0, 5], [20, 0, 30], isApproximate: false);

        Assert.Equal([1], result.DroppedCategories);
        Assert.Equal([0, 2], result.RetainedCategories);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.False(result.IsApproximate);
    }

    [Fact]
    public void Is_not_applicable_to_a_one_category_variable()
    {
        var result = ChiSquareHomogeneityTest.Compute([79], [407], isApproximate: true);

        Assert.False(result.IsApplicable);
        Assert.Null(result.ChiSquare);
        Assert.Null(result.PValue);
        Assert.Contains("one category", result.NotApplicableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_not_applicable_when_only_one_category_has_respondents()
    {
        var result = ChiSquareHomogeneityTest.Compute([79, 0], [407, 0], isApproximate: true);

        Assert.False(result.IsApplicable);
        Assert.Equal([1], result.DroppedCategories);
    }

    [Fact]
    public void Is_not_applicable_when_a_group_is_empty()
    {
        var result = ChiSquareHomogeneityTest.Compute([0, 0, 0], [3, 4, 5], isApproximate: false);

        Assert.False(result.IsApplicable);
        Assert.NotNull(result.NotApplicableReason);
    }

    [Fact]
    public void Flags_expected_counts_below_five_in_small_samples()
    {
        var result = ChiSquareHomogeneityTest.Compute([1, 3], [2, 1], isApproximate: false);

        Assert.True(result.IsApplicable);
        Assert.True(result.HasExpectedCountBelowFive);
    }

    [Fact]
    public void Rejects_rows_of_different_length() =>
        Assert.Throws<ArgumentException>(() => ChiSquareHomogeneityTest.Compute([1, 2], [1, 2, 3], isApproximate: false));
}
