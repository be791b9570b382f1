using PohAnalytics.Core.Statistics.Proportions;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Proportions;

public class TwoProportionZTestTests
{
    [Theory]
    [MemberData(nameof(ReferenceData.TwoProportion), MemberType = typeof(ReferenceData))]
    public void Matches_R_prop_test_without_continuity_correction(TwoProportionCase reference)
    {
        var result = TwoProportionZTest.Compute(reference.X1, reference.N1, reference.X2, reference.N2);

        Tolerance.Close(reference.P1 - reference.P2, result.Difference, Tolerance.Statistic, "difference");
        Tolerance.Close(reference.CiLower, result.DifferenceInterval.Lower, Tolerance.Statistic, "CI lower");
        Tolerance.Close(reference.CiUpper, result.DifferenceInterval.Upper, Tolerance.Statistic, "CI upper");
        if (reference.Z is { } z)
        {
            Tolerance.Close(z, result.Z, Tolerance.Statistic, "z");
            Tolerance.Close(reference.ChiSquare!.Value, result.Z * result.Z, Tolerance.Statistic, "z² = X-squared");
            Tolerance.Relative(reference.PValue!.Value, result.PValue, Tolerance.PValue, "p");
        }
        else
        {
            Assert.False(result.IsTestDefined);
            Assert.Null(result.PValue);
            Assert.NotNull(result.UndefinedReason);
        }
    }

    [Fact]
    public void Reports_difference_in_percentage_points()
    {
        var result = TwoProportionZTest.FromProportions(0.71, 79, 0.86, 407);

        Assert.Equal(-15, result.DifferencePercentagePoints, 9);
    }

    [Fact]
    public void Tests_against_benchmark_of_zero_percent()
    {
        var result = TwoProportionZTest.FromProportions(5 / 79.0, 79, 0, 407);

        Assert.True(result.IsTestDefined);
        Assert.True(result.Z > 0);
        Assert.True(result.PValue < 0.001);
    }

    [Fact]
    public void Says_why_z_is_undefined_when_both_groups_are_all_100_percent()
    {
        var result = TwoProportionZTest.Compute(79, 79, 407, 407);

        Assert.Null(result.Z);
        Assert.Contains("100%", result.UndefinedReason, StringComparison.Ordinal);
        Assert.Equal(0, result.DifferenceInterval.Lower);
    }

    [Fact]
    public void Rejects_empty_group() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionZTest.Compute(0, 0, 3, 10));

    [Fact]
    public void Rejects_count_above_group_size() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionZTest.Compute(11, 10, 3, 10));
}
