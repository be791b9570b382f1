using PohAnalytics.Core.Statistics.Means;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Means;

public class WelchTTestTests
{
    [Theory]
    [MemberData(nameof(ReferenceData.Welch), MemberType = typeof(ReferenceData))]
    public void Matches_R_Welch_t_test_from_summaries(WelchCase reference)
    {
        var result = WelchTTest.Compute(reference.Mean1, reference.Sd1, reference.N1, reference.Mean2, reference.Sd2, reference.N2);

        Tolerance.Close(reference.T, result.T, Tolerance.Statistic, "t");
        Tolerance.Close(reference.Df, result.DegreesOfFreedom, Tolerance.Statistic, "df");
        Tolerance.Relative(reference.PValue, result.PValue, Tolerance.PValue, "p");
        Tolerance.Close(reference.CiLower, result.DifferenceInterval?.Lower, Tolerance.Statistic, "CI lower");
        Tolerance.Close(reference.CiUpper, result.DifferenceInterval?.Upper, Tolerance.Statistic, "CI upper");
    }

    [Fact]
    public void Is_undefined_when_a_group_has_one_observation()
    {
        var result = WelchTTest.Compute(50, 8, 1, 49.9, 9, 407);

        Assert.False(result.IsDefined);
        Assert.Contains("at least 2", result.UndefinedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_undefined_when_neither_group_varies()
    {
        var result = WelchTTest.Compute(5, 0, 10, 6, 0, 12);

        Assert.Null(result.T);
        Assert.Equal(-1, result.MeanDifference);
    }
}
