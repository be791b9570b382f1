using System.Text;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>Runs the pipeline with the built-in codebook over a file or text.</summary>
public sealed record PipelineRun(IngestionReport Report, CollectingSink Sink, CollectingRejects Rejects)
{
    public static readonly CodebookDefinition Codebook = CodebookLoader.LoadBuiltIn();

    public static Task<PipelineRun> OfFileAsync(string path, IngestionPipelineOptions? options = null) =>
        OfStreamAsync(new MemoryStream(File.ReadAllBytes(path)), Path.GetFileName(path), options);

    public static Task<PipelineRun> OfTextAsync(string text, string fileName = "test.csv", Encoding? encoding = null, IngestionPipelineOptions? options = null) =>
        OfStreamAsync(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(text)), fileName, options);

    public static async Task<PipelineRun> OfStreamAsync(Stream stream, string fileName, IngestionPipelineOptions? options = null)
    {
        var sink = new CollectingSink();
        var rejects = new CollectingRejects();
        var report = await new IngestionPipeline(Codebook, options).RunAsync(stream, fileName, sink, rejects);
        return new PipelineRun(report, sink, rejects);
    }
}
