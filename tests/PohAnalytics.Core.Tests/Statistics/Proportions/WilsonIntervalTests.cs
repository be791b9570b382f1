using PohAnalytics.Core.Statistics.Proportions;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Proportions;

public class WilsonIntervalTests
{
    [Theory]
    [MemberData(nameof(ReferenceData.Wilson), MemberType = typeof(ReferenceData))]
    public void Matches_R_prop_test_score_interval(WilsonCase reference)
    {
        var result = WilsonInterval.Compute(reference.X, reference.N, reference.Level);

        Tolerance.Close(reference.P, result.Proportion, Tolerance.Statistic, "p");
        Tolerance.Close(reference.Lower, result.Interval?.Lower, Tolerance.Statistic, "lower");
        Tolerance.Close(reference.Upper, result.Interval?.Upper, Tolerance.Statistic, "upper");
    }

    [Fact]
    public void Pins_lower_bound_to_zero_when_nobody_has_the_characteristic()
    {
        var result = WilsonInterval.Compute(0, 12);

        Assert.Equal(0, result.Interval!.Value.Lower);
        Assert.True(result.Interval.Value.Upper is > 0 and < 1);
    }

    [Fact]
    public void Pins_upper_bound_to_one_when_everybody_has_the_characteristic()
    {
        var result = WilsonInterval.Compute(12, 12);

        Assert.Equal(1, result.Interval!.Value.Upper);
        Assert.True(result.Interval.Value.Lower is > 0 and < 1);
    }

    [Fact]
    public void Returns_undefined_result_without_NaN_for_zero_respondents()
    {
        var result = WilsonInterval.Compute(0, 0);

        Assert.False(result.IsDefined);
        Assert.Null(result.Proportion);
        Assert.Null(result.Interval);
    }

    [Fact]
    public void Widens_with_higher_confidence_level()
    {
        var at90 = WilsonInterval.Compute(35, 79, 0.90).Interval!.Value;
        var at99 = WilsonInterval.Compute(35, 79, 0.99).Interval!.Value;

        Assert.True(at99.Width > at90.Width);
    }

    [Theory]
    [InlineData(5, 4)]
    [InlineData(-1, 4)]
    [InlineData(double.NaN, 4)]
    public void Rejects_impossible_counts(double x, double n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(x, n));
}
