using PohAnalytics.Core.Qualitative.Statistics;
using PohAnalytics.Core.Tests.Qualitative.Ingestion;

namespace PohAnalytics.Core.Tests.Qualitative.Statistics;

/// <summary>The two coded fixtures ingested once and regrouped per respondent.</summary>
public static class CodedTables
{
    private static readonly Lazy<Task<CodedAnswerTable>> LazySuccessFactors = new(() => LoadAsync(CodedRun.SuccessFactors, "succesfactoren"));
    private static readonly Lazy<Task<CodedAnswerTable>> LazyInterviews = new(() => LoadAsync(CodedRun.Interviews, "vs-ggz-interviews"));

    public static Task<CodedAnswerTable> SuccessFactorsAsync() => LazySuccessFactors.Value;
    public static Task<CodedAnswerTable> InterviewsAsync() => LazyInterviews.Value;

    private static async Task<CodedAnswerTable> LoadAsync(string fixture, string codeList)
    {
        var run = await CodedRun.OfFixtureAsync(fixture);
        return CodedAnswerTable.From(run.Columns, CodedRun.Catalog[codeList]);
    }
}
