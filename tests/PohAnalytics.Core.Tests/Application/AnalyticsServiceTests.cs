using PohAnalytics.Core.Codebook.Versions;
using System.Text;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Core.Tests.Statistics.Descriptives;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Tests.Application;

/// <summary>The analytics service recomputes exactly when a dataset or benchmark version changes.</summary>
public sealed class AnalyticsServiceTests
{
    private readonly InMemoryDatasets _datasets = new();
    private readonly InMemoryBenchmarks _benchmarks = new();
    private readonly CountingReader _reader = new();
    private readonly RecordingRefreshQueue _refresh = new();
    private readonly AnalyticsService _service;

    public AnalyticsServiceTests() =>
        _service = new AnalyticsService(_datasets, _benchmarks, _reader, new FixedCodebookProvider(PipelineRun.Codebook),
            new ServedForms(), new MemoryAnalyticsCache(), _refresh);

    private async Task PutSurveyVersionAsync(int version)
    {
        var path = $"survey/v{version}.parquet";
        _reader.Files[path] = await FixtureData.SurveyAsync();
        _datasets.Heads["survey"] = new DatasetRecord
        {
            Id = "survey",
            Metadata = DatasetMetadata.Parse("Survey", "survey", "poh-ggz", "2019"),
            CurrentVersion = version,
            CurrentCuratedPath = path,
            CurrentSourceSha256 = $"sha-{version}",
        };
    }

    [Fact]
    public async Task Repeated_requests_read_the_parquet_once_and_a_new_version_is_read_again()
    {
        await PutSurveyVersionAsync(1);

        var first = await _service.GetDescriptivesAsync("survey", default);
        await _service.GetDescriptivesAsync("survey", default);
        await _service.GetRepresentativenessAsync("survey", "lvpohggz-2018", null, default);
        Assert.Equal(1, _reader.Reads);

        await PutSurveyVersionAsync(2);
        var second = await _service.GetDescriptivesAsync("survey", default);

        Assert.Equal(2, _reader.Reads);
        Assert.Equal((1, 2), (first.DatasetVersion, second.DatasetVersion));
    }

    [Fact]
    public async Task A_new_benchmark_version_changes_the_comparison_and_requests_a_refresh()
    {
        await PutSurveyVersionAsync(1);
        var before = await _service.GetRepresentativenessAsync("survey", "lvpohggz-2018", null, default);
        var csv = "benchmark_id,source,survey_year,population,respondents,variable,category,statistic,value,note\n" +
                  "lvpohggz-2018,LV POH-GGZ member poll (ledenpeiling),2018,POH-GGZ,407,gender,Vrouw,percent,80,corrected\n";

        var stored = await _service.AddBenchmarksAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), default);
        var after = await _service.GetRepresentativenessAsync("survey", "lvpohggz-2018", null, default);

        Assert.Equal(2, stored.Single().Version);
        Assert.Equal((1, 2), (before.BenchmarkVersion, after.BenchmarkVersion));
        Assert.Equal(80, after.Comparisons.Proportions.Single().BenchmarkPercent);
        Assert.Equal(["benchmarks"], _refresh.Triggers);
        var latest = await _service.LatestBenchmarksAsync(default);
        Assert.NotEqual(_service.RepresentativenessInputHash(_datasets.Heads["survey"], (await _benchmarks.GetLatestAsync("lvpohggz-2018", default))!, null, latest),
            _service.RepresentativenessInputHash(_datasets.Heads["survey"], (await _benchmarks.ListVersionsAsync("lvpohggz-2018", default))[0], null, latest));
    }

    [Fact]
    public async Task Seeding_is_idempotent()
    {
        Assert.Equal(4, await _service.EnsureBenchmarksSeededAsync(default));
        Assert.Equal(0, await _service.EnsureBenchmarksSeededAsync(default));
        Assert.Equal(4, (await _service.ListBenchmarksAsync(default)).Count);
        Assert.False(await _benchmarks.AddIfAbsentAsync((await _benchmarks.GetLatestAsync("lhv-2017", default))!, default));
    }

    [Fact]
    public async Task Unknown_datasets_and_benchmarks_are_not_found()
    {
        await PutSurveyVersionAsync(1);

        await Assert.ThrowsAsync<AnalyticsNotFoundException>(() => _service.GetDescriptivesAsync("nope", default));
        await Assert.ThrowsAsync<AnalyticsNotFoundException>(() => _service.GetRepresentativenessAsync("survey", "nope", null, default));
        await Assert.ThrowsAsync<AnalyticsNotFoundException>(() => _service.PromoteDatasetAsync("nope", default));
    }

    [Fact]
    public async Task Promoting_a_dataset_gives_a_microdata_benchmark_with_sds()
    {
        await PutSurveyVersionAsync(1);

        var promoted = await _service.PromoteDatasetAsync("survey", default);

        Assert.True(promoted.HasMicrodata);
        Assert.Equal("survey@v1", promoted.FromDataset);
        Assert.Equal(79, promoted.Respondents);
        Assert.Equal(8.7, Math.Round(promoted.Items.Single(i => i.Variable == "age").StandardDeviation!.Value, 1));
        Assert.DoesNotContain(promoted.Items, i => i.Variable == "respondent_id" || i.Variable == "region");
    }
}
