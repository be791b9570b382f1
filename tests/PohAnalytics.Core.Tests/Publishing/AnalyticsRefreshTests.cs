using Microsoft.Extensions.Logging.Abstractions;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Disclosure;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Tests.Application;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Core.Tests.Statistics.Descriptives;

namespace PohAnalytics.Core.Tests.Publishing;

/// <summary>A refresh of the analytics rebuilds the units of a changed dataset only, reading its Parquet once.</summary>
public sealed class AnalyticsRefreshTests
{
    private readonly InMemoryDatasets _datasets = new();
    private readonly CountingReader _reader = new();
    private readonly RefreshService _refresh;

    public AnalyticsRefreshTests()
    {
        var codebooks = new FixedCodebookProvider(PipelineRun.Codebook);
        var analytics = new AnalyticsService(_datasets, new InMemoryBenchmarks(), _reader, codebooks, new ServedForms(),
            new MemoryAnalyticsCache(), new RecordingRefreshQueue());
        IPublicationSource[] sources =
            [new DatasetCatalogSource(_datasets, codebooks, new SuppressionSettings()), new AnalyticsPublicationSource(analytics)];
        _refresh = new RefreshService(sources,
            new InMemoryPublishedStore(), new InMemoryHistory(), TimeProvider.System, NullLogger<RefreshService>.Instance);
    }

    private async Task PutVersionAsync(string id, int version)
    {
        var path = $"{id}/v{version}.parquet";
        _reader.Files[path] = await FixtureData.SurveyAsync();
        _datasets.Heads[id] = new DatasetRecord
        {
            Id = id,
            Metadata = DatasetMetadata.Parse(id, "survey", "poh-ggz", "2019"),
            CurrentVersion = version,
            CurrentCuratedPath = path,
            CurrentSourceSha256 = $"sha-{id}-{version}",
        };
    }

    [Fact]
    public async Task One_changed_dataset_rebuilds_its_descriptives_and_comparisons_and_the_catalog_reading_its_parquet_once()
    {
        await PutVersionAsync("a", 1);
        await PutVersionAsync("b", 1);
        var first = await _refresh.RefreshAsync("test", false, CancellationToken.None);
        // Per dataset the descriptives and four comparisons (the built-in benchmarks of Table 4.1), plus the benchmark list
        // and the catalog; each Parquet is read once although the audit, the descriptives and every comparison use it.
        Assert.Equal(2 * 5 + 2, first.Rebuilt.Count);
        Assert.Equal(2, _reader.Reads);

        await PutVersionAsync("b", 2);
        var second = await _refresh.RefreshAsync("test", false, CancellationToken.None);

        string[] expected =
        [
            "datasets", "analytics/descriptives/b", "analytics/representativeness/b/trimbos-2019",
            "analytics/representativeness/b/lvpohggz-2018", "analytics/representativeness/b/lhv-2017",
            "analytics/representativeness/b/nivel-2014",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), second.Rebuilt.Order(StringComparer.Ordinal));
        Assert.Equal(first.Rebuilt.Count - expected.Length, second.Reused);
        Assert.Equal(3, _reader.Reads);
    }
}
