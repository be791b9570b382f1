using PohAnalytics.Core.Statistics.EffectSizes;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.EffectSizes;

public class StandardizedDifferenceTests
{
    [Theory]
    [MemberData(nameof(ReferenceData.TwoProportion), MemberType = typeof(ReferenceData))]
    public void Matches_R_for_proportions(TwoProportionCase reference)
    {
        var result = StandardizedDifference.ForProportions(reference.P1, reference.P2);

        if (reference.Smd is { } smd)
        {
            Tolerance.Close(smd, result.Value, Tolerance.Statistic, "SMD");
        }
        else
        {
            Assert.False(result.IsDefined);
            Assert.Null(result.IsBalanced);
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceData.Welch), MemberType = typeof(ReferenceData))]
    public void Matches_R_for_means_with_both_SDs(WelchCase reference)
    {
        var result = StandardizedDifference.ForMeans(reference.Mean1, reference.Sd1, reference.Mean2, reference.Sd2);

        Tolerance.Close(reference.Smd, result.Value, Tolerance.Statistic, "SMD");
        Assert.False(result.UsesSampleSdOnly);
    }

    [Fact]
    public void Flags_mean_difference_standardized_by_sample_SD_only()
    {
        var reference = ReferenceValues.Instance.SmdSampleSd;

        var result = StandardizedDifference.ForMeansUsingSampleSd(reference.SampleMean, reference.SampleSd, reference.BenchmarkMean);

        Tolerance.Close(reference.Smd, result.Value, Tolerance.Statistic, "SMD");
        Assert.True(result.UsesSampleSdOnly);
        Assert.Equal(true, result.IsBalanced);
    }

    [Fact]
    public void Counts_absolute_SMD_of_at_least_one_tenth_as_unbalanced()
    {
        Assert.Equal(false, StandardizedDifference.ForProportions(0.71, 0.86).IsBalanced);
        Assert.Equal(true, StandardizedDifference.ForProportions(0.50, 0.52).IsBalanced);
    }

    [Fact]
    public void Is_undefined_when_neither_group_varies()
    {
        var result = StandardizedDifference.ForMeans(3, 0, 5, 0);

        Assert.Null(result.Value);
        Assert.Equal(-2, result.Difference);
    }
}
