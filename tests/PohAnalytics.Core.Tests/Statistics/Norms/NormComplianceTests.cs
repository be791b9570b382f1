using PohAnalytics.Core.Statistics.Norms;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Testing;

namespace PohAnalytics.Core.Tests.Statistics.Norms;

/// <summary>The norm KPIs reproduce the report's figures (chapter 4: 58% fixed moments, 46% ≥10 consults, 38% wait ≥2 weeks).</summary>
public sealed class NormComplianceTests
{
    private static async Task<IReadOnlyList<NormResult>> SurveyNormsAsync(Func<int, bool>? include = null)
    {
        var run = await PipelineRun.OfFileAsync(RepoPaths.Fixture("poh-ggz-vragenlijst-2019.csv"));
        var columns = run.Sink.Columns.ToDictionary(c => c.Key, c => (Array)c.Value.ToArray());
        return NormCompliance.Evaluate(PipelineRun.Codebook, columns, include);
    }

    [Fact]
    public async Task Reproduces_the_reported_shares_of_the_norms()
    {
        var norms = (await SurveyNormsAsync()).ToDictionary(n => n.Norm.Id);

        Assert.Equal(58, Math.Round(norms["fixed_consultation"].Share!.Value * 100));
        Assert.Equal(100 - 46, Math.Round(norms["consults_max_9"].Share!.Value * 100));
        Assert.Equal(100 - 38, Math.Round(norms["waiting_max_2w"].Share!.Value * 100));
        Assert.All(norms.Values, n => Assert.Equal(79, n.Answered));
    }

    [Fact]
    public async Task Shares_carry_a_wilson_interval_around_them()
    {
        var norm = (await SurveyNormsAsync()).Single(n => n.Norm.Id == "weekly_consultation");

        Assert.Equal(53, norm.Meeting);
        Assert.True(norm.Interval!.Value.Lower < norm.Share && norm.Share < norm.Interval.Value.Upper);
    }

    [Fact]
    public async Task A_filter_that_keeps_no_rows_gives_no_share_rather_than_zero()
    {
        var norms = await SurveyNormsAsync(_ => false);

        Assert.All(norms, n => { Assert.Equal(0, n.Answered); Assert.Null(n.Share); });
    }
}
