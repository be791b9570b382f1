using System.Text.Json;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Disclosure;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Tests.Application;
using PohAnalytics.Core.Tests.Ingestion;

namespace PohAnalytics.Core.Tests.Publishing;

/// <summary>A publication unit is built from the registry state its input hash was computed from.</summary>
public sealed class AnalyticsPublicationSourceTests
{
    [Fact]
    public async Task A_benchmark_version_stored_between_listing_and_building_is_left_to_the_next_refresh()
    {
        var benchmarks = new InMemoryBenchmarks();
        var analytics = new AnalyticsService(new InMemoryDatasets(), benchmarks, new CountingReader(),
            new FixedCodebookProvider(PipelineRun.Codebook), new ServedForms(), new MemoryAnalyticsCache(),
            new RecordingRefreshQueue());
        var units = await new AnalyticsPublicationSource(analytics).GetUnitsAsync(CancellationToken.None);
        var listed = await analytics.LatestBenchmarksAsync(CancellationToken.None);
        var unit = units.Single(u => u.Key == "analytics/benchmarks");
        Assert.Equal(analytics.BenchmarksInputHash(listed), unit.InputHash);

        // Another instance stores a second version of one benchmark while this refresh is still building.
        var changed = listed[0] with { Respondents = listed[0].Respondents + 1 };
        Assert.Equal(2, (await benchmarks.AddVersionAsync(changed, CancellationToken.None)).Version);

        var document = (await unit.BuildAsync(CancellationToken.None)).Single();
        using var json = JsonDocument.Parse(document.Content);
        var published = json.RootElement.EnumerateArray().Single(b => b.GetProperty("id").GetString() == changed.Id);
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        Assert.Equal(listed[0].Respondents, published.GetProperty("respondents").GetInt32());
        // Outside the refresh the registry is read as it is now.
        Assert.Equal(2, (await analytics.LatestBenchmarksAsync(CancellationToken.None)).Single(b => b.Id == changed.Id).Version);
    }
}
