using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Qualitative.CodeLists;
using PohAnalytics.Core.Qualitative.Ingestion;
using PohAnalytics.Core.Qualitative.Statistics;
using PohAnalytics.Storage.Parquet;
using PohAnalytics.Testing;

namespace PohAnalytics.Storage.Tests.Parquet;

/// <summary>The long schema of coded answers round-trips through Parquet and feeds the statistics unchanged.</summary>
public sealed class CodedAnswersParquetTests
{
    private static readonly CodeListCatalog Catalog = CodeListCatalog.BuiltIn();

    [Theory]
    [InlineData("open-antwoorden-succesfactoren-2017.csv", "succesfactoren", 260, 90)]
    [InlineData("vs-ggz-interviews-codes.csv", "vs-ggz-interviews", 114, 12)]
    public async Task Coded_fixture_written_by_the_parquet_writer_reads_back_row_for_row(string fixture, string codeListId, int rows, int respondents)
    {
        var pipeline = new CodedAnswersPipeline(Catalog, CodebookLoader.LoadBuiltIn().PersonalData, new IngestionPipelineOptions { BatchSize = 50 });
        using var source = new MemoryStream(File.ReadAllBytes(RepoPaths.Fixture(fixture)));
        var codeList = (await pipeline.TryDetectAsync(source))!;
        Assert.Equal(codeListId, codeList.Id);
        var schema = CuratedSchema.ForCodeList(codeList);

        using var file = new MemoryStream();
        IngestionReport report;
        await using (var writer = new ParquetCuratedWriter(file, schema, new Dictionary<string, string> { ["pohanalytics.codelist_id"] = codeList.Id }))
            report = await pipeline.RunAsync(source, fixture, writer, new DiscardRejects());

        file.Position = 0;
        var table = await CuratedParquetReader.ReadAsync(file);

        Assert.Equal(0, report.RowsRejected);
        Assert.Equal(rows, table.RowCount);
        Assert.Equal((rows + 49) / 50, table.RowGroups);
        Assert.Equal(schema.Columns.Select(c => c.Name), table.Columns.Keys.Order().Intersect(schema.Columns.Select(c => c.Name)).OrderBy(n => schema.IndexOf(n)));
        Assert.Equal(typeof(int), table.ColumnTypes[CuratedSchema.SourceRowColumn]);
        Assert.Equal(typeof(string), table.ColumnTypes[CodedAnswerColumns.Code]);
        Assert.Equal(codeList.Id, table.Metadata["pohanalytics.codelist_id"]);
        var answers = CodedAnswerTable.From(table.Columns, codeList);
        Assert.Equal(respondents, answers.Respondents.Count);
        Assert.Equal(rows, answers.Respondents.Sum(r => r.Mentions.Count));
    }

    private sealed class DiscardRejects : IRejectSink
    {
        public ValueTask AddAsync(RejectedRow row, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
