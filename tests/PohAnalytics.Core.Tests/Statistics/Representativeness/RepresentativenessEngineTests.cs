using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Statistics.Representativeness;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Core.Tests.Statistics.Descriptives;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Representativeness;

/// <summary>The fixture against the Table 4.1 benchmarks agrees with R (prop.test, chisq.test, t.test, pwr::ES.h).</summary>
public sealed class RepresentativenessEngineTests
{
    private static async Task<Comparisons> CompareAsync(string benchmarkId) =>
        RepresentativenessEngine.Compare(PipelineRun.Codebook, await FixtureData.SurveyAsync(), Benchmarks.Get(benchmarkId));

    [Theory]
    [MemberData(nameof(ReferenceData.Representativeness), MemberType = typeof(ReferenceData))]
    public async Task Every_benchmark_percentage_agrees_with_prop_test(RepresentativenessCase reference)
    {
        var comparisons = await CompareAsync(reference.BenchmarkId);

        foreach (var expected in reference.Proportions)
        {
            var actual = comparisons.Proportions.Single(p => p.Variable == expected.Variable && p.BenchmarkLabel == expected.Category);
            var what = $"{reference.BenchmarkId} {expected.Variable} {expected.Category}";
            Assert.Equal((int)expected.X1, actual.SampleCount);
            Tolerance.Close(expected.P1 * 100, actual.SamplePercent, Tolerance.Statistic, what + " sample %");
            Tolerance.Close(expected.Z!.Value, actual.Z, Tolerance.Statistic, what + " z");
            Tolerance.Relative(expected.PValue!.Value, actual.PValue, Tolerance.PValue, what + " p");
            Tolerance.Close(expected.CiLower * 100, actual.DifferenceCi!.Value.Lower, Tolerance.Statistic * 100, what + " CI lower");
            Tolerance.Close(expected.CiUpper * 100, actual.DifferenceCi!.Value.Upper, Tolerance.Statistic * 100, what + " CI upper");
            Tolerance.Close(expected.CohensH, actual.CohensH, Tolerance.Statistic, what + " h");
            Tolerance.Close(expected.Smd!.Value, actual.Smd, Tolerance.Statistic, what + " SMD");
            Assert.True(actual.BenchmarkCountApproximate);
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceData.Representativeness), MemberType = typeof(ReferenceData))]
    public async Task Employment_chi_square_over_the_measured_categories_agrees_with_chisq_test(RepresentativenessCase reference)
    {
        var test = (await CompareAsync(reference.BenchmarkId)).Distributions.Single(d => d.Variable == "employment");

        Tolerance.Close(reference.Employment.ChiSquare, test.ChiSquare, Tolerance.Statistic, "X²");
        Assert.Equal(reference.Employment.Df, test.DegreesOfFreedom);
        Tolerance.Relative(reference.Employment.PValue, test.PValue, Tolerance.PValue, "p");
        Tolerance.Close(reference.Employment.CramersV, test.CramersV, Tolerance.Statistic, "V");
        Assert.True(test.Approximate);
    }

    [Fact]
    public async Task Means_against_the_member_poll_agree_with_t_test_and_flag_the_sample_sd()
    {
        var reference = ReferenceValues.Instance.Representativeness.Single(r => r.BenchmarkId == "lvpohggz-2018");
        var comparisons = await CompareAsync("lvpohggz-2018");

        foreach (var expected in reference.Means)
        {
            var actual = comparisons.Means.Single(m => m.Variable == expected.Variable);
            Tolerance.Close(expected.Mean, actual.SampleMean, Tolerance.Statistic, expected.Variable + " mean");
            Tolerance.Close(expected.CiLower, actual.SampleMeanCi!.Value.Lower, Tolerance.Statistic, expected.Variable + " CI");
            Tolerance.Close(expected.CiUpper, actual.SampleMeanCi!.Value.Upper, Tolerance.Statistic, expected.Variable + " CI");
            Tolerance.Close(expected.Smd, actual.Smd, Tolerance.Statistic, expected.Variable + " SMD");
            Assert.True(actual.SmdUsesSampleSdOnly);
            Assert.Null(actual.PValue);
        }
    }

    [Fact]
    public async Task Lhv_employment_leaves_out_the_category_it_did_not_measure_instead_of_counting_it_as_zero()
    {
        var comparisons = await CompareAsync("lhv-2017");

        var employment = comparisons.Distributions.Single(d => d.Variable == "employment");
        Assert.Equal(["seconded_other"], employment.ExcludedSampleCategories);
        Assert.DoesNotContain(comparisons.Proportions, p => p.Categories.Contains("seconded_other"));
        Assert.Equal(Verdict.NotMeasured, comparisons.Summary.Verdicts.Single(v => v.Variable == "gender").Verdict);
        Assert.Equal(Verdict.NotMeasured, comparisons.Summary.Verdicts.Single(v => v.Variable == "age").Verdict);
    }

    [Fact]
    public async Task Waiting_two_weeks_or_more_compares_the_union_of_two_categories()
    {
        var waiting = (await CompareAsync("lvpohggz-2018")).Proportions.Single(p => p.Variable == "waiting_time_intake");

        Assert.Equal(["2to3w", "ge3w"], waiting.Categories.Order());
        Assert.Equal(30, waiting.SampleCount);
        Assert.Equal("2 weken of langer", waiting.Label.Nl);
        Assert.DoesNotContain((await CompareAsync("lvpohggz-2018")).Distributions, d => d.Variable == "waiting_time_intake");
    }

    [Fact]
    public async Task Education_options_are_compared_one_by_one_without_a_chi_square()
    {
        var comparisons = await CompareAsync("nivel-2014");

        Assert.Equal(2, comparisons.Proportions.Count(p => p.Variable == "education"));
        Assert.DoesNotContain(comparisons.Distributions, d => d.Variable == "education");
    }

    [Fact]
    public async Task Summary_against_the_member_poll_applies_the_verdict_rule()
    {
        var summary = (await CompareAsync("lvpohggz-2018")).Summary;
        var verdicts = summary.Verdicts.ToDictionary(v => v.Variable);

        Assert.Equal(Verdict.Differs, verdicts["gender"].Verdict);          // 71% vs 86%: |SMD| 0.37
        Assert.Equal(Verdict.Comparable, verdicts["age"].Verdict);          // 50.5 vs 49.9: |SMD| 0.07
        Assert.Equal(Verdict.Differs, verdicts["employment"].Verdict);      // 27% vs 56% practice-employed
        Assert.Equal(Verdict.Differs, verdicts["education"].Verdict);       // SPV 44% vs 27%
        Assert.Equal(Verdict.NotMeasured, verdicts["hours_per_week"].Verdict);
        Assert.Equal(verdicts.Values.Count(v => v.Verdict is Verdict.Comparable or Verdict.Differs), summary.VariablesCompared);
        var compared = verdicts.Values.Where(v => v.AbsSmd is not null).ToList();
        Assert.Equal(compared.Average(v => v.AbsSmd!.Value), summary.MeanAbsSmd!.Value, 12);
        Assert.Equal(compared.Count(v => v.AbsSmd >= 0.2), summary.VariablesBeyond02);
        Assert.Equal(compared.Count(v => v.AbsSmd >= 0.1), summary.VariablesBeyond01);
        Assert.All(summary.Verdicts, v => Assert.Equal(VerdictRule.Text, v.Rule));
    }

    [Fact]
    public async Task The_fixture_matches_the_study_column_it_reproduces_within_rounding()
    {
        var comparisons = await CompareAsync("trimbos-2019");

        Assert.All(comparisons.Proportions, p => Assert.True(Math.Abs(p.DifferencePoints!.Value) < 0.5, $"{p.Variable} {p.BenchmarkLabel}: {p.DifferencePoints}"));
        Assert.All(comparisons.Means, m => Assert.True(Math.Abs(m.Difference!.Value) < 0.05, $"{m.Variable}: {m.Difference}"));
        Assert.All(comparisons.Summary.Verdicts.Where(v => v.Verdict != Verdict.NotMeasured), v => Assert.Equal(Verdict.Comparable, v.Verdict));
    }

    [Theory]
    [InlineData(0.25, 0.9, VerdictKind.Differs)]
    [InlineData(0.15, 0.01, VerdictKind.Differs)]
    [InlineData(0.15, 0.2, VerdictKind.Comparable)]
    [InlineData(0.05, 0.0001, VerdictKind.Comparable)]
    [InlineData(0.15, null, VerdictKind.Comparable)]
    public void Verdict_rule_needs_a_large_smd_or_a_significant_moderate_one(double smd, double? p, VerdictKind expected)
    {
        Assert.Equal((Verdict)expected, VerdictRule.Apply(smd, p));
    }

    public enum VerdictKind
    {
        Comparable = Verdict.Comparable,
        Differs = Verdict.Differs,
    }
}
