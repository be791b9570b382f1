using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PohAnalytics.Core.Application;

namespace PohAnalytics.Functions;

/// <summary>
/// Seeds the benchmark registry from the embedded Table 4.1 CSV at start-up when a benchmark is absent (idempotent).
/// A failure is logged, not fatal: the analytics service seeds again lazily on first use.
/// </summary>
public sealed class BenchmarkSeedService(AnalyticsService analytics, ILogger<BenchmarkSeedService> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var added = await analytics.EnsureBenchmarksSeededAsync(cancellationToken);
            logger.LogInformation("Benchmark registry seeded ({Added} benchmark(s) added)", added);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Seeding the benchmark registry failed; it is retried on first use");
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
