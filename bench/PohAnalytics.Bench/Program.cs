using System.Diagnostics;
using System.Globalization;
using System.Text;
using PohAnalytics.Bench;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Storage.Parquet;

// `worst-cases` feeds the worst inputs of issue 10 through the pipeline and prints each one's outcome and peak memory.
if (args.FirstOrDefault() == "worst-cases") return await WorstCases.RunAllAsync(args.Skip(1).ToList());
if (args.FirstOrDefault() == "worst-case") return await WorstCases.RunOneAsync(args[1]);
// `audit` times the disclosure audit of the demo datasets with every slicer combination (issue 9).
if (args.FirstOrDefault() == "audit") return await DisclosureAudit.RunAsync();
// `analytics --rows N` times what a refresh computes for one N-row dataset against DuckDB counts (issue 12).
if (args.FirstOrDefault() == "analytics") return await AnalyticsBenchmark.RunAsync(args.Skip(1).ToList());
// `refresh --datasets 50` times a full and an incremental refresh of that many datasets in Azurite (issue 12).
if (args.FirstOrDefault() == "refresh") return await RefreshBenchmark.RunAsync(args.Skip(1).ToList());
// `load` drives the published snapshots and filtered views of a running runner on loopback (issue 10).
if (args.FirstOrDefault() == "load") return await ServingLoad.RunAsync(args.Skip(1).ToList());

// Ingests a synthetic export of --rows rows (default 1,000,000) built from the shipped demo survey, through the real
// pipeline and Parquet writer, and prints time, throughput and memory. Usage: dotnet run -c Release --project bench/PohAnalytics.Bench -- --rows 1000000
var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(int.Parse).DefaultIfEmpty(1_000_000).First();
var demo = Path.Combine(RepoRoot.Find(), "scripts", "demo-data", "poh-ggz-vragenlijst-2019.csv");

await using var csv = TempFile.Create();
var generated = Stopwatch.StartNew();
await SyntheticExport.WriteAsync(demo, rows, csv.Stream);
Console.WriteLine($"generated {rows:N0} rows, {csv.Stream.Length / 1024.0 / 1024.0:F1} MB CSV in {generated.Elapsed.TotalSeconds:F1} s");

var codebook = CodebookLoader.LoadBuiltIn();
var pipeline = new IngestionPipeline(codebook);
await using var parquet = TempFile.Create();
GC.Collect();
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var timer = Stopwatch.StartNew();
csv.Stream.Position = 0;
IngestionReport report;
await using (var writer = new ParquetCuratedWriter(parquet.Stream, pipeline.Schema, new Dictionary<string, string>()))
{
    report = await pipeline.RunAsync(csv.Stream, "bench.csv", writer, new DiscardingRejects());
}
timer.Stop();
var process = Process.GetCurrentProcess();
process.Refresh();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ingested {report.RowsAccepted:N0} rows ({report.RowsRejected:N0} rejected) in {timer.Elapsed.TotalSeconds:F1} s = {report.RowsAccepted / timer.Elapsed.TotalSeconds:N0} rows/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"parquet {parquet.Stream.Length / 1024.0 / 1024.0:F1} MB; peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB; managed heap now {GC.GetTotalMemory(false) / 1024.0 / 1024.0:F0} MB; allocated {(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1024.0 / 1024.0 / 1024.0:F1} GB"));
return 0;
