using System.Text.Json;
using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Statistics.Representativeness;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Core.Tests.Statistics.Descriptives;
using PohAnalytics.Core.Statistics.Weighting;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Representativeness;

/// <summary>
/// Against a benchmark promoted from a dataset whose microdata are given, every categorical distribution is tested by
/// the stacked design-based Rao–Scott test of homogeneity, as R's svychisq(~dataset + variable, statistic = "F")
/// (make-microdata-homogeneity-reference.R), and every category by a two-sample z-test on exact counts.
/// </summary>
public sealed class MicrodataHomogeneityTests
{
    private static readonly Lazy<Reference> Values = new(() => JsonSerializer.Deserialize<Reference>(
        File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "tests", "PohAnalytics.Core.Tests", "Statistics", "Reference",
            "microdata-homogeneity-values.json")),
        new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!);

    private static async Task<BenchmarkDefinition> PromotedPollAsync()
    {
        var record = new DatasetRecord
        {
            Id = "ledenpeiling-lv-poh-ggz-2018",
            Metadata = DatasetMetadata.Parse("Ledenpeiling LV POH-GGZ 2018", "member-poll", "poh-ggz", "2018"),
            CurrentVersion = 1,
        };
        return DatasetBenchmarkBuilder.Build(PipelineRun.Codebook, record, await FixtureData.MemberPollAsync());
    }

    private static async Task<(Comparisons WithMicrodata, Comparisons AsAggregate)> CompareWithPromotedPollAsync()
    {
        var poll = await FixtureData.MemberPollAsync();
        var benchmark = await PromotedPollAsync();
        var survey = await FixtureData.SurveyAsync();
        return (RepresentativenessEngine.Compare(PipelineRun.Codebook, survey, benchmark, null, poll),
                RepresentativenessEngine.Compare(PipelineRun.Codebook, survey, benchmark, null));
    }

    [Fact]
    public async Task Every_categorical_distribution_agrees_with_svychisq_F_on_the_stacked_data()
    {
        var (comparisons, _) = await CompareWithPromotedPollAsync();

        Assert.Equal(Values.Value.Variables.Select(v => v.Variable).Order(), comparisons.Distributions.Select(d => d.Variable).Order());
        foreach (var expected in Values.Value.Variables)
        {
            var actual = comparisons.Distributions.Single(d => d.Variable == expected.Variable);
            Assert.Equal("rao-scott-homogeneity", actual.Test);
            Tolerance.Close(expected.PearsonChiSquare, actual.ChiSquare, 1e-6, expected.Variable + " X²");
            Tolerance.Close(expected.F, actual.RaoScottF, 1e-6, expected.Variable + " F");
            Tolerance.Close(expected.Ndf, actual.RaoScottNumeratorDf, 1e-6, expected.Variable + " ndf");
            Tolerance.Close(expected.Ddf, actual.RaoScottDenominatorDf, 1e-6, expected.Variable + " ddf");
            Tolerance.Relative(expected.PValue, actual.PValue, 1e-6, expected.Variable + " p");
            Assert.Equal(actual.PValue, actual.VerdictPValue);
            Tolerance.Close(Math.Sqrt(expected.PearsonChiSquare / (79 + 407)), actual.CramersV, 1e-6, expected.Variable + " V");
            Assert.False(actual.Approximate);
        }
    }

    [Fact]
    public async Task Raked_to_the_poll_the_stacked_test_uses_the_raked_weights_as_svychisq_does()
    {
        var survey = await FixtureData.SurveyAsync();
        var benchmark = await PromotedPollAsync();
        var poll = await FixtureData.MemberPollAsync();
        var unweighted = RepresentativenessEngine.Compare(PipelineRun.Codebook, survey, benchmark, null, poll);

        var raking = BenchmarkRaking.Rake(PipelineRun.Codebook, survey, benchmark, ["poh_training"],
            new RakingOptions { MaxIterations = 1000, Tolerance = 1e-13 }, unweighted, poll);

        var raked = Values.Value.RakedOnPohTraining;
        Tolerance.Close(raked.Weights.Min(), raking.MinWeight, 1e-9, "smallest raked weight");
        Tolerance.Close(raked.Weights.Max(), raking.MaxWeight, 1e-9, "largest raked weight");
        foreach (var expected in raked.Variables)
        {
            var actual = raking.Weighted.Distributions.Single(d => d.Variable == expected.Variable);
            Assert.Equal("rao-scott-homogeneity", actual.Test);
            Tolerance.Close(expected.F, actual.RaoScottF, 1e-6, expected.Variable + " F (raked)");
            Tolerance.Close(expected.Ndf, actual.RaoScottNumeratorDf, 1e-6, expected.Variable + " ndf (raked)");
            Tolerance.Close(expected.Ddf, actual.RaoScottDenominatorDf, 1e-6, expected.Variable + " ddf (raked)");
            Tolerance.Relative(expected.PValue, actual.PValue, 1e-6, expected.Variable + " p (raked)");
        }
    }

    [Fact]
    public async Task Every_category_is_a_two_sample_z_test_on_exact_counts_as_prop_test()
    {
        var (comparisons, _) = await CompareWithPromotedPollAsync();

        foreach (var variable in Values.Value.Variables)
            foreach (var expected in variable.Proportions.Where(p => p.PValue is not null))
            {
                var actual = comparisons.Proportions
                    .Single(p => p.Variable == variable.Variable && p.Categories.SequenceEqual([expected.Category]));
                var what = $"{variable.Variable} {expected.Category}";
                Assert.Equal(expected.SampleCount, actual.SampleCount);
                Assert.False(actual.BenchmarkCountApproximate);
                Tolerance.Close(expected.ZAbs!.Value, Math.Abs(actual.Z!.Value), 1e-6, what + " |z|");
                Tolerance.Relative(expected.PValue!.Value, actual.PValue, 1e-6, what + " p");
            }
    }

    [Fact]
    public async Task Without_the_microdata_the_promoted_poll_is_tested_as_an_aggregate()
    {
        var (_, aggregate) = await CompareWithPromotedPollAsync();

        Assert.All(aggregate.Distributions, d => Assert.StartsWith("pearson", d.Test));
        Assert.All(aggregate.Distributions, d => Assert.Null(d.RaoScottF));
    }

    private sealed record Reference(IReadOnlyList<VariableCase> Variables, RakedCase RakedOnPohTraining);

    private sealed record RakedCase(IReadOnlyList<double> Weights, IReadOnlyList<VariableCase> Variables);

    private sealed record VariableCase(
        string Variable, double F, double Ndf, double Ddf, double PValue, double PearsonChiSquare,
        IReadOnlyList<ProportionCase> Proportions);

    private sealed record ProportionCase(string Category, int SampleCount, int BenchmarkCount, double? ZAbs, double? PValue);
}
