using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Statistics.Representativeness;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Core.Tests.Statistics.Descriptives;

namespace PohAnalytics.Core.Tests.Statistics.Representativeness;

/// <summary>Zero cells, 0% and 100% benchmarks, one-category variables, empty variables and tiny samples.</summary>
public sealed class RepresentativenessEdgeCaseTests
{
    private static Comparisons Compare(int rows, BenchmarkDefinition benchmark, params (string, Array)[] columns) =>
        RepresentativenessEngine.Compare(PipelineRun.Codebook, FixtureData.Of(rows, columns), benchmark);

    [Fact]
    public async Task A_category_without_sample_respondents_is_compared_as_zero_percent()
    {
        var benchmark = Benchmarks.Of(407, Benchmarks.Percent("employment", "other", 1));
        var other = RepresentativenessEngine.Compare(PipelineRun.Codebook, await FixtureData.SurveyAsync(), benchmark).Proportions.Single();

        Assert.Equal(0, other.SampleCount);
        Assert.Equal(0, other.SamplePercent);
        Assert.NotNull(other.Z);
        Assert.Equal(0, other.SamplePercentCi!.Value.Lower);
    }

    [Fact]
    public void A_benchmark_of_zero_or_hundred_percent_still_gives_a_difference_and_effect_sizes()
    {
        var zero = Compare(10, Benchmarks.Of(100, Benchmarks.Percent("gender", "anders", 0)),
            ("gender", new string?[] { "vrouw", "vrouw", "vrouw", "man", "man", "vrouw", "vrouw", "anders", "vrouw", "vrouw" })).Proportions.Single();
        var hundred = Compare(3, Benchmarks.Of(100, Benchmarks.Percent("gender", "vrouw", 100)),
            ("gender", new string?[] { "vrouw", "vrouw", "vrouw" })).Proportions.Single();

        Assert.Equal(10, zero.DifferencePoints!.Value, 9);
        Assert.NotNull(zero.CohensH);
        Assert.NotNull(zero.Z);
        Assert.Null(hundred.Z);
        Assert.Contains("100%", hundred.Note);
        Assert.Null(hundred.Smd);
        Assert.Equal(0, hundred.CohensH!.Value, 12);
    }

    [Fact]
    public void A_one_category_distribution_has_no_chi_square_but_is_still_compared()
    {
        var benchmark = Benchmarks.Of(100, Benchmarks.Percent("gender", "vrouw", 100), Benchmarks.Percent("gender", "man", 0));
        var comparisons = Compare(6, benchmark, ("gender", Enumerable.Repeat<string?>("vrouw", 6).ToArray()));

        var test = comparisons.Distributions.Single();
        Assert.Null(test.ChiSquare);
        Assert.NotNull(test.NotApplicableReason);
        Assert.Equal(Verdict.InsufficientData, comparisons.Summary.Verdicts.Single(v => v.Variable == "gender").Verdict);
    }

    [Fact]
    public void A_variable_with_all_values_missing_is_insufficient_data_not_zero()
    {
        var benchmark = Benchmarks.Of(100, Benchmarks.Percent("gender", "vrouw", 80),
            new BenchmarkItem("age", [], "", BenchmarkStatistic.Mean, 49.9));
        var comparisons = Compare(4, benchmark, ("gender", new string?[4]), ("age", new double?[4]));

        var women = comparisons.Proportions.Single();
        Assert.Null(women.SamplePercent);
        Assert.Null(women.Z);
        Assert.Equal(0, women.SampleN);
        Assert.Null(comparisons.Means.Single().SampleMean);
        Assert.All(comparisons.Summary.Verdicts.Where(v => v.Variable is "gender" or "age"), v => Assert.Equal(Verdict.InsufficientData, v.Verdict));
    }

    [Fact]
    public void A_sample_under_five_is_computed_in_the_engine_and_left_to_suppression()
    {
        var benchmark = Benchmarks.Of(407, Benchmarks.Percent("gender", "vrouw", 86));
        var women = Compare(3, benchmark, ("gender", new string?[] { "vrouw", "man", "vrouw" })).Proportions.Single();

        Assert.Equal(2, women.SampleCount);
        Assert.Equal(3, women.SampleN);
        Assert.NotNull(women.Z);
    }

    [Fact]
    public void A_benchmark_with_a_known_sd_gets_a_welch_test_and_a_pooled_smd()
    {
        var benchmark = Benchmarks.Of(407, new BenchmarkItem("age", [], "", BenchmarkStatistic.Mean, 49.9, 9.4, 407));
        var age = Compare(5, benchmark, ("age", new double?[] { 40, 45, 50, 55, 60 })).Means.Single();

        Assert.False(age.SmdUsesSampleSdOnly);
        Assert.NotNull(age.WelchT);
        Assert.NotNull(age.PValue);
        Assert.Equal((50 - 49.9) / Math.Sqrt((62.5 + (9.4 * 9.4)) / 2), age.Smd!.Value, 12);
    }
}
