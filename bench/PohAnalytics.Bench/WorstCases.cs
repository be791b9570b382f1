using System.Diagnostics;
using System.Globalization;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Storage.Parquet;

namespace PohAnalytics.Bench;

/// <summary>
/// <c>worst-cases</c>: feeds each worst case of issue 10 through the real pipeline (production limits) in a process of
/// its own, so each peak working set is that case's alone, and prints outcome, time and peak.
/// </summary>
internal static class WorstCases
{
    /// <summary>Runs every case (or those named) each in a child process and prints a table.</summary>
    public static async Task<int> RunAllAsync(IReadOnlyList<string> only)
    {
        Console.WriteLine("| case | input | outcome | time | peak working set |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var name in WorstCaseFiles.Cases.Keys.Where(k => only.Count == 0 || only.Contains(k)))
        {
            var self = Environment.ProcessPath!;
            var start = Path.GetFileNameWithoutExtension(self) == "dotnet"
                ? new ProcessStartInfo(self) { ArgumentList = { typeof(WorstCases).Assembly.Location, "worst-case", name } }
                : new ProcessStartInfo(self) { ArgumentList = { "worst-case", name } };
            start.RedirectStandardOutput = true;
            using var child = Process.Start(start)!;
            var line = await child.StandardOutput.ReadToEndAsync();
            await child.WaitForExitAsync();
            Console.WriteLine(line.Trim());
        }
        return 0;
    }

    /// <summary>Runs one case in this process and prints one table row.</summary>
    public static async Task<int> RunOneAsync(string name)
    {
        await using var input = TempFile.Create();
        WorstCaseFiles.Cases[name](input.Stream);
        var size = input.Stream.Length;
        input.Stream.Position = 0;
        var pipeline = new IngestionPipeline(CodebookLoader.LoadBuiltIn());
        await using var parquet = TempFile.Create();
        GC.Collect();
        var timer = Stopwatch.StartNew();
        string outcome;
        try
        {
            await using var writer = new ParquetCuratedWriter(parquet.Stream, pipeline.Schema, new Dictionary<string, string>());
            var report = await pipeline.RunAsync(input.Stream, name, writer, new DiscardingRejects());
            outcome = string.Create(CultureInfo.InvariantCulture,
                $"read {report.RowsRead:N0} rows, {report.UnmappedColumns.Count:N0} unmapped columns, {report.Warnings.Count} warnings");
        }
        catch (UnreadableFileException ex)
        {
            outcome = "refused: " + ex.Message;
        }
        timer.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {size / 1024.0 / 1024.0:F1} MB | {outcome.Replace('|', '/')} | {timer.Elapsed.TotalSeconds:F1} s | " +
            $"{process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB |"));
        return 0;
    }
}
