using PohAnalytics.Core.Statistics.Descriptive;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Descriptive;

public class NumericSummaryTests
{
    [Fact]
    public void Matches_R_summary_of_fixture_age()
    {
        var age = ReferenceValues.Instance.Age;

        var result = NumericSummary.Of(age.Values);

        Assert.Equal(age.N, result.N);
        Tolerance.Close(age.Mean, result.Mean, Tolerance.Statistic, "mean");
        Tolerance.Close(age.Sd, result.StandardDeviation, Tolerance.Statistic, "sd");
        Tolerance.Close(age.Median, result.Median, Tolerance.Statistic, "median");
        Tolerance.Close(age.Min, result.Min, 0, "min");
        Tolerance.Close(age.Max, result.Max, 0, "max");
    }

    [Fact]
    public void Excludes_missing_values_and_counts_them()
    {
        var result = NumericSummary.Of([4.0, null, 2.0, double.NaN, 9.0, 1.0]);

        Assert.Equal(4, result.N);
        Assert.Equal(2, result.MissingCount);
        Assert.Equal(3, result.Median);
        Assert.Equal(4, result.Mean);
    }

    [Fact]
    public void Has_no_statistics_when_all_values_are_missing()
    {
        var result = NumericSummary.Of([null, double.NaN]);

        Assert.Equal(0, result.N);
        Assert.Equal(2, result.MissingCount);
        Assert.Null(result.Mean);
        Assert.Null(result.Median);
        Assert.Null(result.StandardDeviation);
    }

    [Fact]
    public void Has_no_statistics_for_empty_input()
    {
        var result = NumericSummary.Of(Array.Empty<double>());

        Assert.Equal(0, result.N);
        Assert.Null(result.Min);
    }

    [Fact]
    public void Has_mean_but_no_SD_for_a_single_value()
    {
        var result = NumericSummary.Of([7.5]);

        Assert.Equal(7.5, result.Mean);
        Assert.Null(result.StandardDeviation);
    }
}
