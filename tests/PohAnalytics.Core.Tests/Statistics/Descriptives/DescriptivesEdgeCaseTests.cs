using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Tests.Ingestion;

namespace PohAnalytics.Core.Tests.Statistics.Descriptives;

/// <summary>Empty variables, single answers, one-category distributions and weights of one.</summary>
public sealed class DescriptivesEdgeCaseTests
{
    private static VariableDescription Describe(string variable, int rows, Array values) =>
        DescriptivesEngine.Describe(PipelineRun.Codebook[variable], FixtureData.Of(rows, (variable, values)));

    [Fact]
    public void All_values_missing_gives_no_percentages_and_no_summary_rather_than_zeros()
    {
        var gender = Describe("gender", 3, new string?[3]);
        var age = Describe("age", 3, new double?[3]);

        Assert.Equal(0, gender.NValid);
        Assert.Equal(3, gender.NEmpty);
        Assert.All(gender.Categories, c => Assert.Null(c.Percent));
        Assert.All(gender.Categories, c => Assert.Null(c.PercentCi));
        Assert.Equal(0, age.Numeric!.N);
        Assert.Null(age.Numeric.Mean);
        Assert.Null(age.Numeric.MeanCi);
        Assert.All(age.Categories, b => Assert.Null(b.Percent));
    }

    [Fact]
    public void A_column_missing_from_the_file_is_all_empty()
    {
        var description = DescriptivesEngine.Describe(PipelineRun.Codebook["hours_per_week"], FixtureData.Of(2));

        Assert.Equal(0, description.NValid);
        Assert.Equal(2, description.NEmpty);
    }

    [Fact]
    public void One_value_has_a_mean_but_no_sd_or_interval()
    {
        var age = Describe("age", 2, new double?[] { 44, null }).Numeric!;

        Assert.Equal(1, age.N);
        Assert.Equal(44, age.Mean);
        Assert.Null(age.StandardDeviation);
        Assert.Null(age.MeanCi);
    }

    [Fact]
    public void A_one_category_distribution_is_one_hundred_percent_with_a_wilson_interval_pinned_at_one()
    {
        var gender = Describe("gender", 6, Enumerable.Repeat<string?>("vrouw", 6).ToArray());

        var women = gender.Categories.Single(c => c.Code == "vrouw");
        Assert.Equal(100, women.Percent);
        Assert.Equal(100, women.PercentCi!.Value.Upper);
        Assert.True(women.PercentCi.Value.Lower < 100);
        Assert.Equal(0, gender.Categories.Single(c => c.Code == "man").Percent);
    }

    [Fact]
    public async Task Weights_of_one_reproduce_the_unweighted_percentages_and_means()
    {
        var data = await FixtureData.SurveyAsync();

        var plain = DescriptivesEngine.Describe(PipelineRun.Codebook, data);
        var weighted = DescriptivesEngine.Describe(PipelineRun.Codebook, data, Enumerable.Repeat(1.0, data.RowCount).ToArray());

        Assert.True(weighted.Weighted);
        Assert.Equal(plain["employment"].Categories.Select(c => c.Percent), weighted["employment"].Categories.Select(c => c.Percent));
        Assert.Equal(plain["age"].Numeric!.Mean!.Value, weighted["age"].Numeric!.Mean!.Value, 10);
        Assert.Equal(79, weighted["age"].EffectiveN!.Value, 10);
        Assert.Equal(63, weighted["workload_high"].EffectiveN!.Value, 10);
    }
}
