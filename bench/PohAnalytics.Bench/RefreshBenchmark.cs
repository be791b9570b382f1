using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Bench;

/// <summary>
/// `refresh --datasets 50 [--rows 200]`: registers that many generated survey datasets through the real upload and
/// ingestion in a real Azurite, runs a full refresh, ingests a new version of one dataset and refreshes again, and
/// prints each refresh's time, the units it rebuilt and how often each curated Parquet was read.
/// </summary>
internal static class RefreshBenchmark
{
    private const double TargetSeconds = 10;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        int Option(string name, int fallback) =>
            args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(fallback).First();
        var count = Option("--datasets", 50);
        var rows = Option("--rows", 200);
        var demo = Path.Combine(RepoRoot.Find(), "scripts", "demo-data", "poh-ggz-vragenlijst-2019.csv");
        await using var host = await BenchHost.StartAsync();
        var registered = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
            await IngestAsync(host, demo, i, rows + i);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"registered {count} datasets of {rows}-{rows + count - 1} rows in {registered.Elapsed.TotalSeconds:F1} s " +
            $"(upload and ingestion, not timed as refresh)"));

        var refresh = host.Services.GetRequiredService<RefreshService>();
        var full = await TimedRefreshAsync(refresh, "full refresh");
        var readsBefore = host.Reader.Reads.Values.Sum();
        var changed = await IngestAsync(host, demo, count / 2, rows + count + 7);
        Console.WriteLine($"changed dataset {changed.Id}: new version {changed.CurrentVersion}");
        var incremental = await TimedRefreshAsync(refresh, "incremental refresh");

        var aggregates = incremental.Record.Rebuilt.Where(u => !u.Contains(changed.Id, StringComparison.Ordinal)).ToList();
        var own = incremental.Record.Rebuilt.Count - aggregates.Count;
        var reads = host.Reader.Reads.GetValueOrDefault(changed.CurrentCuratedPath!);
        Console.WriteLine($"units rebuilt: {incremental.Record.Rebuilt.Count} = {own} of the changed dataset + " +
            $"{aggregates.Count} aggregate " +
            $"({string.Join(", ", aggregates)}); reused {incremental.Record.Reused}");
        Console.WriteLine($"curated Parquet reads during the incremental refresh: {host.Reader.Reads.Values.Sum() - readsBefore} " +
            $"(the changed dataset's new version: {reads})");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"full_refresh_s={full.Seconds:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"incremental_refresh_s={incremental.Seconds:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio_incremental_vs_full={incremental.Seconds / full.Seconds:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"target incremental < {TargetSeconds:F0} s: {(incremental.Seconds < TargetSeconds ? "met" : "NOT met")}"));
        var onlyChanged = incremental.Record.Rebuilt.All(u =>
            u.Contains(changed.Id, StringComparison.Ordinal) || u is "datasets" || u.StartsWith("views/", StringComparison.Ordinal));
        Console.WriteLine("target only the changed dataset's units (plus the catalog and pages over all datasets) rebuilt: " +
            (onlyChanged ? "met" : "NOT met"));
        Console.WriteLine($"target its Parquet read once: {(reads == 1 ? "met" : $"NOT met ({reads} reads)")}");
        return 0;
    }

    private static async Task<DatasetRecord> IngestAsync(BenchHost host, string demo, int index, int rows)
    {
        await using var csv = TempFile.Create();
        await SyntheticExport.WriteAsync(demo, rows, csv.Stream);
        csv.Stream.Position = 0;
        var wave = (2000 + index).ToString(CultureInfo.InvariantCulture);
        return await host.IngestAsync(csv.Stream, $"bench-refresh-{index:00}.csv",
            new DatasetMetadata($"Bench refresh {index:00}", DatasetKind.Survey, RespondentType.PohGgz, wave));
    }

    private static async Task<(RefreshRecord Record, double Seconds)> TimedRefreshAsync(RefreshService refresh, string name)
    {
        var timer = Stopwatch.StartNew();
        var record = await refresh.RefreshAsync("bench", force: false, CancellationToken.None);
        timer.Stop();
        if (record.Outcome is not "published") throw new InvalidOperationException($"The {name} ended {record.Outcome}: {record.Error}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {timer.Elapsed.TotalSeconds:F2} s, {record.Rebuilt.Count} units rebuilt, {record.Reused} reused"));
        return (record, timer.Elapsed.TotalSeconds);
    }
}
