using System.Diagnostics;
using System.Globalization;

namespace PohAnalytics.Bench;

/// <summary>
/// `load --url U [--readers 200] [--seconds 20] [--path P]…`: keep-alive readers on loopback request the given paths
/// (default: the published overview snapshot and the filtered overview view) as fast as they are answered, for a bounded
/// time, and print throughput, p50/p99 latency and errors per path. Only loopback URLs are accepted.
/// </summary>
internal static class ServingLoad
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        string Option(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var url = new Uri(Option("--url", "http://127.0.0.1:7071"));
        if (!url.IsLoopback) throw new ArgumentException("The load test only targets loopback addresses.");
        var readers = int.Parse(Option("--readers", "200"), CultureInfo.InvariantCulture);
        var seconds = double.Parse(Option("--seconds", "20"), CultureInfo.InvariantCulture);
        var paths = args.Select((a, i) => (a, i)).Where(x => x.a == "--path" && x.i + 1 < args.Count).Select(x => args[x.i + 1]).ToList();
        if (paths.Count == 0) paths = ["/api/published/views/overview.json", "/api/views/overview?employment=practice_employed"];

        foreach (var path in paths)
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = readers, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
            using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
            var latencies = new List<double>[readers];
            var errors = 0;
            var deadline = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, readers).Select(async r =>
            {
                var mine = latencies[r] = [];
                while (deadline.Elapsed.TotalSeconds < seconds)
                {
                    var timer = Stopwatch.StartNew();
                    try
                    {
                        using var response = await client.GetAsync(path);
                        await response.Content.LoadIntoBufferAsync();
                        if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    mine.Add(timer.Elapsed.TotalMilliseconds);
                }
            }));
            var all = latencies.SelectMany(l => l).Order().ToList();
            double Percentile(double p) => all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)Math.Ceiling(p * all.Count) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: {readers} readers, {all.Count:N0} requests in {seconds:F0} s = {all.Count / seconds:N0} req/s, " +
                $"p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, errors {errors}"));
        }
        return 0;
    }
}
