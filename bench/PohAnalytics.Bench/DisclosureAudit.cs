using System.Diagnostics;
using System.Globalization;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Disclosure;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Registry;
using PohAnalytics.Storage.Parquet;

namespace PohAnalytics.Bench;

/// <summary>
/// `audit`: the disclosure audit of each demo dataset (every page, every slicer combination) as a refresh runs it:
/// ingested through the real pipeline into Parquet, read back, audited; prints time, solver calls and cells hidden.
/// </summary>
internal static class DisclosureAudit
{
    public static async Task<int> RunAsync()
    {
        var codebook = CodebookLoader.LoadBuiltIn();
        var control = new DisclosureControl(5, new PersonalDataPatterns(codebook.PersonalData).LooksPersonal);
        foreach (var file in new[] { "poh-ggz-vragenlijst-2019.csv", "ledenpeiling-lv-poh-ggz-2018.xlsx" })
        {
            var data = await CurateAsync(codebook, Path.Combine(RepoRoot.Find(), "scripts", "demo-data", file));
            var timer = Stopwatch.StartNew();
            var disclosure = control.Protect(codebook, data);
            timer.Stop();
            var s = disclosure.Statistics;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {data.RowCount} rows, {s.Selections} slicer combinations ({s.ServedSelections} served), {s.Cells} counts audited, " +
                $"{s.Hidden} hidden ({s.Complements} complements), {s.Solves} solver calls, audit_s={timer.Elapsed.TotalSeconds:F2}"));
        }
        return 0;
    }

    private static async Task<CuratedData> CurateAsync(CodebookDefinition codebook, string path)
    {
        var pipeline = new IngestionPipeline(codebook);
        await using var parquet = TempFile.Create();
        await using (var input = File.OpenRead(path))
        await using (var writer = new ParquetCuratedWriter(parquet.Stream, pipeline.Schema, new Dictionary<string, string>()))
            await pipeline.RunAsync(input, Path.GetFileName(path), writer, new DiscardingRejects());
        parquet.Stream.Position = 0;
        var table = await CuratedParquetReader.ReadAsync(parquet.Stream);
        return new CuratedData((int)table.RowCount, table.Columns, table.Metadata);
    }
}
