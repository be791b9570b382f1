using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Statistics.Representativeness;
using PohAnalytics.Core.Statistics.Weighting;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Core.Tests.Statistics.Descriptives;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Representativeness;

/// <summary>Raking the fixture to the LV POH-GGZ 2018 margins taken from the benchmark agrees with survey::rake and svymean.</summary>
public sealed class BenchmarkRakingTests
{
    private static readonly RakingOptions Strict = Weighting.RakingFixtures.Strict;

    private static readonly Dictionary<string, (string Variable, Dictionary<string, string> Codes)> EstimateCodes = new()
    {
        ["practices"] = ("practices_count", new() { ["1"] = "1", ["2 of meer"] = "2plus" }),
        ["fixed"] = ("gp_consultation_fixed", new() { ["Ja"] = "yes", ["Deels vast, deels ad hoc"] = "partly", ["Uitsluitend ad hoc"] = "ad_hoc_only" }),
        ["gender"] = ("gender", new() { ["Vrouw"] = "vrouw", ["Man"] = "man" }),
    };

    private static Task<RakingReport> RakeAsync(params string[] variables) => RakeAsync(Benchmarks.Get("lvpohggz-2018"), Strict, variables);

    private static async Task<RakingReport> RakeAsync(BenchmarkDefinition benchmark, RakingOptions options, params string[] variables)
    {
        var data = await FixtureData.SurveyAsync();
        var unweighted = RepresentativenessEngine.Compare(PipelineRun.Codebook, data, benchmark);
        return BenchmarkRaking.Rake(PipelineRun.Codebook, data, benchmark, variables, options, unweighted);
    }

    [Theory]
    [InlineData(0, new[] { "gender", "employment" })]
    [InlineData(1, new[] { "gender", "employment", "poh_training" })]
    public async Task Raked_estimates_agree_with_survey_rake_and_svymean(int referenceCase, string[] variables)
    {
        var reference = ReferenceValues.Instance.Raking[referenceCase];

        var report = await RakeAsync(variables);

        Assert.True(report.Converged);
        Tolerance.Relative(reference.KishDeff, report.DesignEffect, Tolerance.Weight, "Kish deff");
        Tolerance.Relative(reference.EffectiveN, report.EffectiveN, Tolerance.Weight, "effective n");
        Tolerance.Relative(reference.MinWeight, report.MinWeight, Tolerance.Weight, "min weight");
        Tolerance.Relative(reference.MaxWeight, report.MaxWeight, Tolerance.Weight, "max weight");
        foreach (var estimate in reference.Estimates)
        {
            var (variable, codes) = EstimateCodes[estimate.Variable];
            var cell = report.WeightedDescriptives[variable].Categories.Single(c => c.Code == codes[estimate.Category]);
            Tolerance.Relative(estimate.Proportion * 100, cell.Percent, Tolerance.Weight, $"{variable} {estimate.Category}");
            Tolerance.Relative(estimate.WilsonLower * 100, cell.PercentCi!.Value.Lower, Tolerance.Weight, $"{variable} {estimate.Category} Wilson lower");
            Tolerance.Relative(estimate.WilsonUpper * 100, cell.PercentCi!.Value.Upper, Tolerance.Weight, $"{variable} {estimate.Category} Wilson upper");
        }
        Tolerance.Relative(reference.Age.Mean, report.WeightedDescriptives["age"].Numeric!.Mean, Tolerance.Weight, "weighted mean age");
    }

    [Fact]
    public async Task Raking_moves_the_raked_margins_onto_the_benchmark_and_reports_smd_before_and_after()
    {
        var report = await RakeAsync("gender", "employment");

        Assert.Equal(14, report.Margins["gender"][BenchmarkRaking.OtherCategory]);
        var women = report.Weighted.Proportions.Single(p => p.Variable == "gender");
        Assert.Equal(86, women.SamplePercent!.Value, 6);
        Assert.True(women.SampleN < 79, "weighted comparisons use the effective n");
        var change = report.SmdBeforeAfter.Single(s => s.Variable == "gender");
        Assert.True(Math.Abs(change.After!.Value) < 1e-6);
        Assert.True(Math.Abs(change.Before!.Value) > 0.3);
        Assert.True(report.WeightedDescriptives.Weighted);
        Assert.Single(report.Normalisations, n => n.Variable == "employment");
    }

    [Fact]
    public async Task Trimming_bounds_the_weights()
    {
        var options = Strict with { UpperTrimBound = 2.4, LowerTrimBound = 0.05 };

        var report = await RakeAsync(Benchmarks.Get("lvpohggz-2018"), options, "gender", "employment");

        Assert.True(report.MaxWeight <= 2.4 + 1e-9);
        Assert.True(report.MinWeight >= 0.05 - 1e-9);
        Assert.True(report.Converged);
    }

    [Fact]
    public async Task A_margin_category_the_sample_lacks_is_a_clear_raking_error()
    {
        // No fixture respondent has employment "other" (Anders).
        var benchmark = Benchmarks.Of(
            500,
            Benchmarks.Percent("employment", "practice_employed", 30), Benchmarks.Percent("employment", "seconded_mh_provider", 20),
            Benchmarks.Percent("employment", "seconded_care_group", 20), Benchmarks.Percent("employment", "seconded_other", 10),
            Benchmarks.Percent("employment", "self_employed", 10), Benchmarks.Percent("employment", "other", 10));

        var error = await Assert.ThrowsAsync<RakingException>(() => RakeAsync(benchmark, Strict, "employment"));

        Assert.Equal("employment", error.Variable);
        Assert.Contains("'other'", error.Message);
    }

    [Fact]
    public async Task Lhv_employment_rakes_with_its_Anders_harmonised_to_include_the_samples_other_organisation()
    {
        // LHV has 6% "Anders" (no fixture respondent) and no "seconded_other" (15 respondents); its data says Anders includes them.
        var report = await RakeAsync(Benchmarks.Get("lhv-2017"), Strict, "employment");

        var anders = report.Weighted.Proportions.Single(p => p.BenchmarkLabel == "Anders");
        Assert.Equal(6, anders.SamplePercent!.Value, 6);
        Assert.True(anders.StandardError < 1e-6, "a raking category has design SE 0");
        var employment = report.Weighted.Distributions.Single(d => d.Variable == "employment");
        Assert.Equal("rao-scott-gof", employment.Test);
        Assert.NotNull(employment.NotApplicableReason);
    }

    [Fact]
    public async Task A_benchmark_without_a_margin_for_the_variable_is_a_raking_error_and_a_numeric_variable_an_argument_error()
    {
        var nivel = Benchmarks.Get("nivel-2014");

        var noMargin = await Assert.ThrowsAsync<RakingException>(() => RakeAsync(nivel, Strict, "gender"));
        Assert.Contains("nivel-2014", noMargin.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => RakeAsync(nivel, Strict, "age"));
        await Assert.ThrowsAsync<ArgumentException>(() => RakeAsync(nivel, Strict, "shoe_size"));
    }

    [Fact]
    public async Task Margins_over_one_hundred_percent_are_inconsistent()
    {
        var benchmark = Benchmarks.Of(100, Benchmarks.Percent("gender", "vrouw", 80), Benchmarks.Percent("gender", "man", 40));

        var error = await Assert.ThrowsAsync<RakingException>(() => RakeAsync(benchmark, Strict, "gender"));

        Assert.Contains("inconsistent", error.Message);
    }
}
