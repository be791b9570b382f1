using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace PohAnalytics.Bench;

/// <summary>
/// `rate --url U [--seconds 20] [--warmup 3] --drive RATE:P99MS:PATH …`: an open-loop generator. Requests are sent at
/// fixed times (RATE per second) whether or not earlier ones were answered, and each latency is measured from the time
/// the request was due, so a slow server cannot hide its queueing (no coordinated omission). Prints p50/p90/p99/max,
/// the achieved rate and errors per path, and `target_met=true|false` against the p99 target with no errors.
/// Only loopback URLs are accepted.
/// </summary>
internal static class ConstantRateLoad
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        string Option(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var url = new Uri(Option("--url", "http://127.0.0.1:7071"));
        if (!url.IsLoopback) throw new ArgumentException("The load test only targets loopback addresses.");
        var seconds = double.Parse(Option("--seconds", "20"), CultureInfo.InvariantCulture);
        var warmup = double.Parse(Option("--warmup", "3"), CultureInfo.InvariantCulture);
        var drives = args.Select((a, i) => (a, i)).Where(x => x.a == "--drive" && x.i + 1 < args.Count)
            .Select(x => Drive.Parse(args[x.i + 1])).ToList();
        if (drives.Count == 0) throw new ArgumentException("Name at least one --drive RATE:P99MS:PATH.");

        var allMet = true;
        foreach (var drive in drives)
        {
            using var handler = new SocketsHttpHandler
            {
                MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            };
            using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
            if (warmup > 0) await RunAsync(client, drive, warmup);
            var result = await RunAsync(client, drive, seconds);
            var met = result.Errors == 0 && result.P(0.99) < drive.P99Ms;
            allMet &= met;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{drive.Path}: target {drive.Rate:N0} req/s for {seconds:F0} s, " +
                $"achieved {result.Completed / seconds:N0} req/s ({result.Completed:N0} answered), " +
                $"p50 {result.P(0.50):F2} ms, p90 {result.P(0.90):F2} ms, p99 {result.P(0.99):F2} ms, max {result.P(1):F2} ms, " +
                $"errors {result.Errors}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"target_met={(met ? "true" : "false")} path={drive.Path} p99<{drive.P99Ms} ms at {drive.Rate} req/s, no errors"));
        }
        return allMet ? 0 : 1;
    }

    private static async Task<Outcome> RunAsync(HttpClient client, Drive drive, double seconds)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var total = (long)(drive.Rate * seconds);
        var inFlight = new List<Task>((int)Math.Min(total, 1_000_000));
        var clock = Stopwatch.StartNew();
        async Task SendAsync(double dueMs)
        {
            try
            {
                using var response = await client.GetAsync(drive.Path, HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors);
            }
            latencies.Add(clock.Elapsed.TotalMilliseconds - dueMs);
        }
        // A dedicated thread keeps the schedule: it sends every request that is due, then sleeps about a millisecond.
        var scheduler = new Thread(() =>
        {
            for (long sent = 0; sent < total;)
            {
                var now = clock.Elapsed.TotalMilliseconds;
                for (; sent < total && sent * 1000.0 / drive.Rate <= now; sent++)
                    inFlight.Add(SendAsync(sent * 1000.0 / drive.Rate));
                Thread.Sleep(1);
            }
        }) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        scheduler.Start();
        await Task.Run(scheduler.Join);
        await Task.WhenAll(inFlight);
        return new Outcome(latencies.Order().ToArray(), errors);
    }

    private sealed record Drive(double Rate, double P99Ms, string Path)
    {
        public static Drive Parse(string text)
        {
            var parts = text.Split(':', 3);
            return new Drive(
                double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
        }
    }

    private sealed record Outcome(double[] Sorted, int Errors)
    {
        public int Completed => Sorted.Length;
        public double P(double p) =>
            Sorted.Length == 0 ? double.NaN : Sorted[Math.Clamp((int)Math.Ceiling(p * Sorted.Length) - 1, 0, Sorted.Length - 1)];
    }
}
