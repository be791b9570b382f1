using Xunit.Abstractions;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Disclosure;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Core.Tests.Statistics.Descriptives;

namespace PohAnalytics.Core.Tests.Disclosure;

public sealed class DisclosureControlTests(ITestOutputHelper output)
{
    private static readonly DisclosureControl Control = new(5, new PersonalDataPatterns(PipelineRun.Codebook.PersonalData).LooksPersonal);

    [Fact]
    public async Task Survey_audit_reports_its_work()
    {
        var disclosure = Control.Protect(PipelineRun.Codebook, await FixtureData.SurveyAsync());
        output.WriteLine(disclosure.Statistics.ToString());
        Assert.True(disclosure.Statistics.Hidden > 0);
    }

    [Fact]
    public async Task Member_poll_audit_reports_its_work()
    {
        var disclosure = Control.Protect(PipelineRun.Codebook, await FixtureData.MemberPollAsync());
        output.WriteLine(disclosure.Statistics.ToString());
        Assert.True(disclosure.Statistics.ServedSelections > 1);
    }

    [Fact]
    public void A_small_dataset_without_slicer_answers_is_served_for_everyone_only()
    {
        var data = FixtureData.Of(6,
            ("gender", new string?[] { "vrouw", "man", "vrouw", "vrouw", "man", "vrouw" }),
            ("age", new double?[] { 31, 62, 45, 50, 41, 39 }));

        var disclosure = Control.Protect(PipelineRun.Codebook, data);

        Assert.True(disclosure.IsServed(RespondentSelection.Everyone));
        Assert.Equal(6, disclosure.Answered("age", RespondentSelection.Everyone)!.Value.Value);
        Assert.Equal(CellMark.Small, disclosure.Category("gender", "man", RespondentSelection.Everyone)!.Value.Mark);
    }
}
