using PohAnalytics.Core.Statistics.Means;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Means;

public class TIntervalTests
{
    [Fact]
    public void Matches_R_one_sample_t_test_interval_for_fixture_age()
    {
        var age = ReferenceValues.Instance.Age;

        var at95 = TInterval.Compute(age.Mean, age.Sd, age.N);
        var at90 = TInterval.Compute(age.Mean, age.Sd, age.N, 0.90);

        Tolerance.Close(age.CiLower, at95.Interval?.Lower, Tolerance.Statistic, "lower 95%");
        Tolerance.Close(age.CiUpper, at95.Interval?.Upper, Tolerance.Statistic, "upper 95%");
        Tolerance.Close(age.Ci90[0], at90.Interval?.Lower, Tolerance.Statistic, "lower 90%");
        Tolerance.Close(age.Ci90[1], at90.Interval?.Upper, Tolerance.Statistic, "upper 90%");
        Assert.Equal(age.N - 1, at95.DegreesOfFreedom);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Is_undefined_below_two_observations(double n)
    {
        var result = TInterval.Compute(50, 0, n);

        Assert.False(result.IsDefined);
        Assert.Null(result.StandardError);
    }

    [Fact]
    public void Is_defined_for_very_small_samples()
    {
        var result = TInterval.Compute(4, 1, 3);

        Assert.True(result.IsDefined);
        Assert.True(result.Interval!.Value.Contains(4));
    }
}
