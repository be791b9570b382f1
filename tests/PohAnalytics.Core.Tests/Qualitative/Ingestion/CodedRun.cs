using System.Text;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Qualitative.CodeLists;
using PohAnalytics.Core.Qualitative.Ingestion;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Testing;

namespace PohAnalytics.Core.Tests.Qualitative.Ingestion;

/// <summary>Runs the coded-answers pipeline with the built-in code lists over a fixture or text.</summary>
public sealed record CodedRun(IngestionReport Report, CollectingSink Sink, CollectingRejects Rejects)
{
    public static readonly CodeListCatalog Catalog = CodeListCatalog.BuiltIn();
    public static readonly CodedAnswersPipeline Pipeline = new(Catalog, CodebookLoader.LoadBuiltIn().PersonalData);

    public const string SuccessFactors = "open-antwoorden-succesfactoren-2017.csv";
    public const string Interviews = "vs-ggz-interviews-codes.csv";

    public static Task<CodedRun> OfFixtureAsync(string name) =>
        OfStreamAsync(new MemoryStream(File.ReadAllBytes(RepoPaths.Fixture(name))), name);

    public static Task<CodedRun> OfTextAsync(string text, string fileName = "coded.csv") =>
        OfStreamAsync(new MemoryStream(new UTF8Encoding(false).GetBytes(text)), fileName);

    public static async Task<CodedRun> OfStreamAsync(Stream stream, string fileName)
    {
        var sink = new CollectingSink();
        var rejects = new CollectingRejects();
        var report = await Pipeline.RunAsync(stream, fileName, sink, rejects);
        return new CodedRun(report, sink, rejects);
    }

    /// <summary>The collected rows as whole columns, the shape <c>CuratedParquetReader</c> returns.</summary>
    public IReadOnlyDictionary<string, Array> Columns => Sink.Columns.ToDictionary(
        c => c.Key,
        c => c.Key == CuratedSchema.SourceRowColumn ? (Array)c.Value.Select(v => (int?)v).ToArray() : c.Value.Select(v => (string?)v).ToArray());

    public List<string?> Column(string name) => Sink.Columns[name].Select(v => (string?)v).ToList();
}
