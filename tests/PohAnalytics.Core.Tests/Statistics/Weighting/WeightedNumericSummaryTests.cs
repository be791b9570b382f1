using PohAnalytics.Core.Statistics.Descriptive;
using PohAnalytics.Core.Statistics.Weighting;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Weighting;

public class WeightedNumericSummaryTests
{
    [Theory]
    [MemberData(nameof(ReferenceData.Raking), MemberType = typeof(ReferenceData))]
    public void Matches_svymean_and_svyvar_of_age_on_survey_rake_design(RakingCase reference)
    {
        var values = reference.Age.Values.Select(v => (double?)v).ToArray();

        var result = WeightedNumericSummary.Of(values, reference.Weights);

        Tolerance.Close(reference.Age.Mean, result.Mean, Tolerance.Statistic, "weighted mean");
        Tolerance.Close(reference.Age.Sd, result.StandardDeviation, Tolerance.Statistic, "weighted SD");
        Tolerance.Close(reference.EffectiveN, result.EffectiveN, Tolerance.Statistic, "effective n");
    }

    [Fact]
    public void Equals_unweighted_summary_with_equal_weights()
    {
        var age = ReferenceValues.Instance.Age;
        var values = age.Values.Select(v => (double?)v).ToArray();

        var weighted = WeightedNumericSummary.Of(values, Enumerable.Repeat(0.8, values.Length).ToArray());
        var plain = NumericSummary.Of(age.Values);

        Assert.Equal(plain.Mean!.Value, weighted.Mean!.Value, 10);
        Assert.Equal(plain.StandardDeviation!.Value, weighted.StandardDeviation!.Value, 10);
        Assert.Equal(plain.Median, weighted.Median);
        Assert.Equal(plain.Min, weighted.Min);
        Assert.Equal(plain.Max, weighted.Max);
        Assert.Equal(values.Length, weighted.EffectiveN, 10);
    }

    [Fact]
    public void Weighted_median_follows_the_weight()
    {
        var result = WeightedNumericSummary.Of([1, 2, 3, 10], [1, 1, 1, 5]);

        Assert.Equal(10, result.Median);
    }

    [Fact]
    public void Averages_the_two_middle_values_on_an_exact_half_split()
    {
        var result = WeightedNumericSummary.Of([1, 2, 3, 4], [2, 1, 1, 2]);

        Assert.Equal(2.5, result.Median);
    }

    [Fact]
    public void Has_no_statistics_when_all_values_are_missing()
    {
        var result = WeightedNumericSummary.Of([null, double.NaN], [1, 1]);

        Assert.Equal(0, result.N);
        Assert.Null(result.Mean);
        Assert.False(result.MeanInterval().IsDefined);
    }

    [Fact]
    public void Mean_interval_uses_effective_n()
    {
        double?[] values = [1, 2, 3, 4, 5, 6];

        var equal = WeightedNumericSummary.Of(values, [1, 1, 1, 1, 1, 1]).MeanInterval();
        var unequal = WeightedNumericSummary.Of(values, [1, 4, 1, 4, 1, 4]);

        Assert.Equal(6, equal.N, 12);
        Assert.True(unequal.EffectiveN < 6);
        Assert.Equal(unequal.EffectiveN, unequal.MeanInterval().N, 12);
    }
}
