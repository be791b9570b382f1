using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Testing;

namespace PohAnalytics.Core.Tests.Statistics.Descriptives;

/// <summary>The shared fixtures ingested through the real pipeline into in-memory curated columns (once per test run).</summary>
public static class FixtureData
{
    private static readonly Lazy<Task<CuratedData>> SurveyData = new(() => LoadAsync("poh-ggz-vragenlijst-2019.csv"));
    private static readonly Lazy<Task<CuratedData>> MemberPollData = new(() => LoadAsync("ledenpeiling-lv-poh-ggz-2018.xlsx"));

    /// <summary>The 79 POH-GGZ of the Trimbos study (Tables 3.1–3.9).</summary>
    public static Task<CuratedData> SurveyAsync() => SurveyData.Value;

    /// <summary>The 407-row LV POH-GGZ member poll 2018.</summary>
    public static Task<CuratedData> MemberPollAsync() => MemberPollData.Value;

    private static async Task<CuratedData> LoadAsync(string fixture)
    {
        var run = await PipelineRun.OfFileAsync(RepoPaths.Fixture(fixture));
        return FromSink(run.Sink, (int)run.Report.RowsAccepted);
    }

    /// <summary>Typed columns from the collecting sink, as the Parquet reader would return them.</summary>
    public static CuratedData FromSink(CollectingSink sink, int rows)
    {
        var schema = CuratedSchema.From(PipelineRun.Codebook);
        var columns = new Dictionary<string, Array>();
        foreach (var column in schema.Columns)
        {
            var values = sink.Columns.GetValueOrDefault(column.Name) ?? Enumerable.Repeat<object?>(null, rows).ToList();
            columns[column.Name] = column.Kind switch
            {
                CuratedColumnKind.Text => values.Select(v => (string?)v).ToArray(),
                CuratedColumnKind.Number => values.Select(v => (double?)v).ToArray(),
                CuratedColumnKind.Integer => values.Select(v => (int?)v).ToArray(),
                _ => values.Select(v => (bool?)v).ToArray(),
            };
        }
        return new CuratedData(rows, columns, new Dictionary<string, string>());
    }

    /// <summary>A dataset built by hand: column name → values.</summary>
    public static CuratedData Of(int rows, params (string Name, Array Values)[] columns) =>
        new(rows, columns.ToDictionary(c => c.Name, c => c.Values), new Dictionary<string, string>());
}
