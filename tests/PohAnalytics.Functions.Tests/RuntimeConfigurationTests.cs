using System.Text.Json;

namespace PohAnalytics.Functions.Tests;

/// <summary>
/// The hosts run ingestion and refresh, batch runs of seconds in which tiered PGO's instrumented code costs a quarter
/// of the time (docs/performance.md, "Runtime configuration"); the setting travels in each host's runtimeconfig.json.
/// </summary>
public sealed class RuntimeConfigurationTests
{
    [Theory]
    [InlineData("PohAnalytics.Functions")]
    [InlineData("PohAnalytics.LocalRunner")]
    public void A_host_runs_without_tiered_pgo(string host)
    {
        var path = Path.Combine(AppContext.BaseDirectory, $"{host}.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.Runtime.TieredPGO", out var pgo), $"{host} does not set tiered PGO.");
        Assert.False(pgo.GetBoolean());
    }
}
