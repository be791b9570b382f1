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
    public async Task Lhv_employment_harmonises_its_Anders_with_the_samples_other_organisation_as_the_benchmark_data_says()
    {
        var comparisons = await CompareAsync("lhv-2017");

        var employment = comparisons.Distributions.Single(d => d.Variable == "employment");
        Assert.Empty(employment.ExcludedSampleCategories);
        Assert.Single(employment.Harmonisations);
        var anders = comparisons.Proportions.Single(p => p.BenchmarkLabel == "Anders");
        Assert.Equal(["other", "seconded_other"], anders.Categories.Order());
        Assert.Equal(15, anders.SampleCount);
        Assert.Contains("includes", anders.Harmonisation);
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

        Assert.Equal(Verdict.Differs, verdicts["gender"].Verdict);          // 71% vs 86%: |SMD| 0.37, Holm p < 0.05
        Assert.Equal(Verdict.Inconclusive, verdicts["age"].Verdict);        // 50.5 vs 49.9: |SMD| 0.07, but n = 79 cannot show |SMD| < 0.1
        Assert.Equal(Verdict.Differs, verdicts["employment"].Verdict);      // 27% vs 56% practice-employed
        Assert.Equal(Verdict.Differs, verdicts["education"].Verdict);       // SPV 44% vs 27%
        Assert.Equal(Verdict.NotMeasured, verdicts["hours_per_week"].Verdict);
        Assert.Equal(verdicts.Values.Count(v => v.Verdict is Verdict.Comparable or Verdict.Differs or Verdict.Inconclusive), summary.VariablesCompared);
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
        // Two samples of 79 cannot show equivalence within ±5 points or 0.1 SD, so nothing is "comparable"; nothing differs either.
        Assert.All(comparisons.Summary.Verdicts.Where(v => v.Verdict != Verdict.NotMeasured), v => Assert.Equal(Verdict.Inconclusive, v.Verdict));
    }

    [Fact]
    public async Task Ad_hoc_only_and_waiting_time_against_the_member_poll_are_inconclusive_not_comparable()
    {
        // The examples: difference CIs −6.1 to +17.6 pp and −18.8 to +4.7 pp are not inside ±5 pp.
        var comparisons = await CompareAsync("lvpohggz-2018");
        var verdicts = comparisons.Summary.Verdicts.ToDictionary(v => v.Variable);

        Assert.Equal(Verdict.Inconclusive, verdicts["gp_consultation_fixed"].Verdict);
        Assert.Equal(Verdict.Inconclusive, verdicts["waiting_time_intake"].Verdict);
        var adHoc = comparisons.Proportions.Single(p => p.Variable == "gp_consultation_fixed");
        var reference = DesignReferenceValues.Instance.Tost.Single(t => t.Label == "ad hoc only vs LV 2018");
        Tolerance.Close(reference.PTost, adHoc.EquivalencePValue, 1e-9, "TOST p");
        Assert.Equal(5, adHoc.EquivalenceMarginPoints);
    }

    [Fact]
    public async Task Summary_reports_bias_in_points_and_verdict_shares()
    {
        var comparisons = await CompareAsync("lvpohggz-2018");
        var summary = comparisons.Summary;

        var maxBias = comparisons.Proportions.Max(p => Math.Abs(p.DifferencePoints!.Value));
        Assert.Equal(maxBias, summary.MaxAbsBiasPoints!.Value, 9);
        Assert.True(summary.MeanAbsBiasPoints <= summary.MaxAbsBiasPoints);
        Assert.Equal(1, summary.VerdictShares.Values.Sum(), 9);
        Assert.Equal(summary.Verdicts.Count(v => v.Verdict == Verdict.Differs) / (double)summary.VariablesCompared, summary.VerdictShares["differs"], 12);
    }

    [Fact]
    public async Task A_chi_square_with_an_expected_count_below_five_warns_and_uses_a_Monte_Carlo_p_for_the_verdict()
    {
        var employment = (await CompareAsync("nivel-2014")).Distributions.Single(d => d.Variable == "employment");

        Assert.True(employment.MinimumExpectedCount < 5);
        Assert.Equal("pearson-monte-carlo", employment.Test);
        Assert.NotNull(employment.Warning);
        Assert.Equal(employment.MonteCarloPValue, employment.VerdictPValue);
        var reference = DesignReferenceValues.Instance.MonteCarlo.Single(m => m.Label == "employment vs Nivel 2014");
        Assert.True(Math.Abs(reference.PValue - employment.MonteCarloPValue!.Value) < 0.01, "Monte-Carlo error only");
    }

    [Theory]
    [InlineData(0.25, 0.9, false, VerdictKind.Inconclusive)]
    [InlineData(0.15, 0.01, false, VerdictKind.Differs)]
    [InlineData(0.15, 0.2, false, VerdictKind.Inconclusive)]
    [InlineData(0.05, 0.0001, false, VerdictKind.Inconclusive)]
    [InlineData(0.05, 0.0001, true, VerdictKind.Comparable)]
    [InlineData(0.15, null, false, VerdictKind.Inconclusive)]
    public void Verdict_rule_needs_equivalence_for_comparable_and_a_Holm_significant_smd_of_0_1_for_differs(
        double smd, double? holmP, bool allEquivalent, VerdictKind expected)
    {
        Assert.Equal((Verdict)expected, VerdictRule.Apply(smd, holmP, allEquivalent));
    }

    public enum VerdictKind
    {
        Comparable = Verdict.Comparable,
        Differs = Verdict.Differs,
        Inconclusive = Verdict.Inconclusive,
    }
}
