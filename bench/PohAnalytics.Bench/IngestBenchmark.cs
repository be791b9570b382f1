using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Storage.Parquet;

namespace PohAnalytics.Bench;

/// <summary>
/// Ingests a synthetic export (or a given CSV) through the real pipeline and Parquet writer, and DuckDB's
/// <c>COPY … TO … (FORMAT parquet)</c> on the same file in a child process (so the two peak working sets stay apart).
/// Usage: <c>ingest [--rows N] [--input FILE] [--phases] [--warmup-rows M]</c>; <c>ingest --duckdb-only --input FILE</c> is
/// the child. By default our side runs in a fresh process (JIT included); <c>--warmup-rows M</c> first ingests an M-row
/// export, uncounted, as a Functions worker that has ingested before.
/// </summary>
public static class IngestBenchmark
{
    private const string DuckDbOnly = "--duckdb-only";

    /// <summary>Runs the benchmark and prints both sides, ending with ours_s, duckdb_s and ratio_vs_duckdb.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var input = Option(args, "--input");
        if (args.Contains(DuckDbOnly)) return await RunDuckDbAsync(input ?? throw new ArgumentException("--duckdb-only needs --input."));

        var generated = input is null ? Path.Combine(Path.GetTempPath(), $"pohanalytics-export-{Guid.NewGuid():N}.csv") : null;
        try
        {
            if (generated is not null)
            {
                var rows = int.Parse(Option(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
                await WriteExportAsync(generated, rows);
                input = generated;
                Print($"generated {rows:N0} rows, {Megabytes(new FileInfo(input).Length):F1} MB CSV");
            }
            else
            {
                Print($"input {input}, {Megabytes(new FileInfo(input!).Length):F1} MB");
            }
            var warmupRows = int.Parse(Option(args, "--warmup-rows") ?? "0", CultureInfo.InvariantCulture);
            return await CompareAsync(input!, args.Contains("--phases"), warmupRows);
        }
        finally
        {
            if (generated is not null) File.Delete(generated);
        }
    }

    private static async Task<int> CompareAsync(string input, bool phases, int warmupRows)
    {
        var duckDb = RunDuckDbChild(input);
        Console.WriteLine(RuntimeSettings.Describe());
        if (warmupRows > 0) await WarmUpAsync(warmupRows);
        if (phases) ReadCsvOnly(input);
        if (phases) await ValidateOnlyAsync(input);
        var ours = await RunOursAsync(input, phases);

        var perRow = ours.AllocatedBytes / (double)Math.Max(1, ours.Rows);
        Print($"ours:   {ours.Seconds:F2} s, {ours.CpuSeconds:F2} s CPU, {ours.Rows:N0} rows ({ours.Rejected:N0} rejected)");
        // The split shows a VM where page faults are dear: they land in system time, and DuckDB touches far more memory.
        Print($"ours:   cpu user {ours.UserSeconds:F2} s, system {ours.SystemSeconds:F2} s");
        Print($"ours:   peak working set {Megabytes(ours.PeakWorkingSet):F0} MB, Parquet {Megabytes(ours.ParquetBytes):F1} MB");
        Print($"ours:   allocated {perRow:F0} bytes/row ({ours.AllocatedBytes / 1e9:F2} GB), {ours.Collections}");
        Print($"duckdb: {duckDb.Seconds:F2} s, peak working set {Megabytes(duckDb.PeakWorkingSet):F0} MB (child process)");
        Print($"duckdb: cpu user {duckDb.UserSeconds:F2} s, system {duckDb.SystemSeconds:F2} s");
        Print($"duckdb: Parquet {Megabytes(duckDb.ParquetBytes):F1} MB");
        Print($"parquet_size_vs_duckdb={ours.ParquetBytes / (double)duckDb.ParquetBytes:F2}");
        Print($"ours_s={ours.Seconds:F2}");
        Print($"duckdb_s={duckDb.Seconds:F2}");
        Print($"ratio_vs_duckdb={ours.Seconds / duckDb.Seconds:F2}");
        return 0;
    }

    // The synthetic export: the demo survey's rows repeated with fresh respondent numbers.
    private static async Task WriteExportAsync(string path, int rows)
    {
        var demo = Path.Combine(RepoRoot.Find(), "scripts", "demo-data", "poh-ggz-vragenlijst-2019.csv");
        await using var file = File.Create(path);
        await SyntheticExport.WriteAsync(demo, rows, file);
    }

    private static async Task WarmUpAsync(int rows)
    {
        var warmup = Path.Combine(Path.GetTempPath(), $"pohanalytics-warmup-{Guid.NewGuid():N}.csv");
        try
        {
            await WriteExportAsync(warmup, rows);
            var result = await RunOursAsync(warmup, phases: false);
            Print($"warm-up: {rows:N0} rows ingested first in {result.Seconds:F2} s, not counted");
        }
        finally
        {
            File.Delete(warmup);
        }
    }

    private sealed record Result(
        double Seconds, long PeakWorkingSet, long ParquetBytes, long Rows = 0, long Rejected = 0, long AllocatedBytes = 0,
        string Collections = "", double CpuSeconds = 0, double UserSeconds = 0, double SystemSeconds = 0);

    private static async Task<Result> RunOursAsync(string input, bool phases)
    {
        var pipeline = new IngestionPipeline(CodebookLoader.LoadBuiltIn());
        await using var parquet = PohAnalytics.Core.Application.TempFile.Create();
        await using var csv = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 81920);
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var split = CpuSplit();
        var timer = Stopwatch.StartNew();
        IngestionReport report;
        await using (var writer = new ParquetCuratedWriter(parquet.Stream, pipeline.Schema, new Dictionary<string, string>()))
            report = await pipeline.RunAsync(csv, Path.GetFileName(input), writer, new DiscardingRejects());
        timer.Stop();
        var (user, system) = CpuSplit();
        var (userSeconds, systemSeconds) = (user - split.User, system - split.System);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        // A collection of generation n also counts for every lower generation.
        var collections = string.Join(" / ", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]));
        var result = new Result(timer.Elapsed.TotalSeconds, PeakWorkingSet(), parquet.Stream.Length, report.RowsAccepted,
            report.RowsRejected, allocated, $"collections gen0 / gen1 / gen2 {collections}", userSeconds + systemSeconds,
            userSeconds, systemSeconds);
        if (phases) await PrintColumnSizesAsync(parquet.Stream);
        return result;
    }

    // Only the CSV reader (encoding and delimiter detection, parsing, limits), to see its share of the time.
    private static void ReadCsvOnly(string input)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Cpu();
        var timer = Stopwatch.StartNew();
        long rows = 0;
        using (var source = new CsvTabularSource(File.OpenRead(input)))
            foreach (var sheet in source.Sheets())
                foreach (var _ in sheet.Rows) rows++;
        var perRow = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / Math.Max(rows, 1);
        Print($"phase csv-read: {rows:N0} rows in {timer.Elapsed.TotalSeconds:F2} s, {Cpu() - cpu:F2} s CPU, {perRow:N0} B/row allocated");
    }

    // The pipeline without the Parquet writer, to see the writer's share of the time.
    private static async Task ValidateOnlyAsync(string input)
    {
        var pipeline = new IngestionPipeline(CodebookLoader.LoadBuiltIn());
        await using var csv = File.OpenRead(input);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Cpu();
        var timer = Stopwatch.StartNew();
        var report = await pipeline.RunAsync(csv, Path.GetFileName(input), new DiscardingBatches(), new DiscardingRejects());
        var perRow = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / Math.Max(report.RowsAccepted, 1);
        var seconds = timer.Elapsed.TotalSeconds;
        var rows = report.RowsAccepted;
        Print($"phase validate (no Parquet): {rows:N0} rows in {seconds:F2} s, {Cpu() - cpu:F2} s CPU, {perRow:N0} B/row allocated");
    }

    private sealed class DiscardingBatches : ICuratedSink
    {
        public ValueTask WriteBatchAsync(CuratedBatch batch, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    // The largest columns of our Parquet file, read by DuckDB (an independent reader).
    private static async Task PrintColumnSizesAsync(Stream parquet)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"pohanalytics-ours-{Guid.NewGuid():N}.parquet");
        try
        {
            parquet.Position = 0;
            await using (var file = File.Create(copy)) await parquet.CopyToAsync(file);
            await using var connection = new DuckDBConnection("DataSource=:memory:");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT path_in_schema, type, any_value(encodings), sum(total_compressed_size) AS bytes " +
                                  $"FROM parquet_metadata('{Quote(copy)}') GROUP BY ALL ORDER BY bytes DESC LIMIT 12";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                Print($"column {reader.GetString(0)} {reader.GetString(1)} {reader.GetValue(2)}: {reader.GetInt64(3) / 1024.0:F0} KB");
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static Result RunDuckDbChild(string input)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(IngestBenchmark).Assembly.Location);
        foreach (var arg in new[] { "ingest", DuckDbOnly, "--input", input }) start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0) throw new InvalidOperationException($"DuckDB child failed ({child.ExitCode}): {output}");
        var values = output.Split('\n').Select(l => l.Trim().Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        return new Result(
            double.Parse(values["duckdb_s"], CultureInfo.InvariantCulture),
            long.Parse(values["duckdb_peak_bytes"], CultureInfo.InvariantCulture),
            long.Parse(values["duckdb_parquet_bytes"], CultureInfo.InvariantCulture),
            UserSeconds: double.Parse(values["duckdb_user_s"], CultureInfo.InvariantCulture),
            SystemSeconds: double.Parse(values["duckdb_system_s"], CultureInfo.InvariantCulture));
    }

    private static async Task<int> RunDuckDbAsync(string input)
    {
        var output = Path.Combine(Path.GetTempPath(), $"pohanalytics-duckdb-{Guid.NewGuid():N}.parquet");
        try
        {
            var split = CpuSplit();
            var timer = Stopwatch.StartNew();
            await using (var connection = new DuckDBConnection("DataSource=:memory:"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText =
                    $"COPY (SELECT * FROM read_csv('{Quote(input)}', delim=';', decimal_separator=',', header=true)) " +
                    $"TO '{Quote(output)}' (FORMAT parquet)";
                await command.ExecuteNonQueryAsync();
            }
            timer.Stop();
            Print($"duckdb_s={timer.Elapsed.TotalSeconds:R}");
            Print($"duckdb_peak_bytes={PeakWorkingSet()}");
            Print($"duckdb_parquet_bytes={new FileInfo(output).Length}");
            var (user, system) = CpuSplit();
            Print($"duckdb_user_s={user - split.User:R}");
            Print($"duckdb_system_s={system - split.System:R}");
            return 0;
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Quote(string path) => path.Replace("'", "''");

    private static string? Option(IReadOnlyList<string> args, string name) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static (double User, double System) CpuSplit()
    {
        using var process = Process.GetCurrentProcess();
        return (process.UserProcessorTime.TotalSeconds, process.PrivilegedProcessorTime.TotalSeconds);
    }

    private static double Megabytes(long bytes) => bytes / 1024.0 / 1024.0;

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
