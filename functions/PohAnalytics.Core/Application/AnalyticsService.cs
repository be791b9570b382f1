using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Statistics.Representativeness;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Application;

/// <summary>
/// Descriptives, representativeness and benchmarks for the API: loads a dataset's current curated file, computes, applies
/// small-cell suppression, and caches by the versions of every input so results are recomputed exactly when a dataset,
/// benchmark or codebook changes.
/// </summary>
public sealed class AnalyticsService(
    IDatasetRegistry datasets,
    IBenchmarkRegistry benchmarks,
    ICuratedDatasetReader reader,
    ICodebookProvider codebooks,
    ServedForms suppression,
    IAnalyticsCache cache,
    IRefreshQueue refresh)
{
    /// <summary>Bumped whenever the statistics change, so cached results from an older engine are not served.</summary>
    public const string EngineVersion = "analytics-5";

    /// <summary>How many datasets' curated columns stay in memory.</summary>
    public const int CuratedDatasetsKept = 4;

    private readonly SemaphoreSlim _seedLock = new(1, 1);
    private readonly MemoryAnalyticsCache _curated = new(CuratedDatasetsKept);

    // The current version: aliases change only how exports are read, but its hash keys every cached and published result.
    private CodebookDefinition Codebook => codebooks.Current;
    private bool _seeded;

    /// <summary>
    /// The latest version of every benchmark as stored (seeding first), or as pinned in a <see cref="RegistrySnapshot"/>.
    /// </summary>
    public async Task<IReadOnlyList<BenchmarkDefinition>> LatestBenchmarksAsync(CancellationToken cancellationToken) =>
        RegistrySnapshot.Current?.Benchmarks ?? await StoredBenchmarksAsync(cancellationToken);

    /// <summary>
    /// Reads the datasets and the latest benchmarks once, for a refresh or a served page to pin; both from storage, even
    /// under a pinned snapshot, so the two lists are of one moment.
    /// </summary>
    public async Task<RegistrySnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        new(await datasets.ListDatasetsAsync(cancellationToken), await StoredBenchmarksAsync(cancellationToken));

    private async Task<IReadOnlyList<BenchmarkDefinition>> StoredBenchmarksAsync(CancellationToken cancellationToken)
    {
        await EnsureBenchmarksSeededAsync(cancellationToken);
        return await benchmarks.ListLatestAsync(cancellationToken);
    }

    /// <summary>Stores the built-in benchmarks (Table 4.1) as version 1 of each id that has no version yet. Idempotent.</summary>
    public async Task<int> EnsureBenchmarksSeededAsync(CancellationToken cancellationToken)
    {
        if (_seeded) return 0;
        await _seedLock.WaitAsync(cancellationToken);
        try
        {
            if (_seeded) return 0;
            var added = 0;
            foreach (var benchmark in new BenchmarkCsvParser(Codebook).LoadBuiltIn())
                if (await benchmarks.AddIfAbsentAsync(benchmark, cancellationToken)) added++;
            _seeded = true;
            return added;
        }
        finally
        {
            _seedLock.Release();
        }
    }

    /// <summary>The latest version of every benchmark, with labels, suppressed where computed from microdata.</summary>
    public async Task<IReadOnlyList<PublishedBenchmark>> ListBenchmarksAsync(CancellationToken cancellationToken)
    {
        var latest = await LatestBenchmarksAsync(cancellationToken);
        return latest.Select(b => suppression.Publish(b, Codebook)).ToList();
    }

    /// <summary>Stores every benchmark of an uploaded CSV as a new version (unchanged content keeps its version).</summary>
    /// <exception cref="BenchmarkCsvException">The CSV is invalid; nothing is stored.</exception>
    public async Task<IReadOnlyList<PublishedBenchmark>> AddBenchmarksAsync(Stream csv, CancellationToken cancellationToken)
    {
        await EnsureBenchmarksSeededAsync(cancellationToken);
        var parsed = new BenchmarkCsvParser(Codebook).Parse(csv);
        var stored = new List<PublishedBenchmark>();
        foreach (var benchmark in parsed)
            stored.Add(suppression.Publish(await benchmarks.AddVersionAsync(benchmark, cancellationToken), Codebook));
        await refresh.RequestAsync("benchmarks", cancellationToken);
        return stored;
    }

    /// <summary>Promotes a dataset's current version to a benchmark computed from its microdata (percentages, means and SDs).</summary>
    /// <exception cref="AnalyticsNotFoundException">No such dataset, or it has no version yet.</exception>
    public async Task<PublishedBenchmark> PromoteDatasetAsync(string datasetId, CancellationToken cancellationToken)
    {
        var (dataset, data) = await LoadAsync(datasetId, cancellationToken);
        var benchmark = await benchmarks.AddVersionAsync(DatasetBenchmarkBuilder.Build(Codebook, dataset, data), cancellationToken);
        await refresh.RequestAsync("benchmarks", cancellationToken);
        return suppression.Publish(benchmark, Codebook);
    }

    /// <summary>Descriptives of every codebook variable of the dataset's current version, suppressed for serving.</summary>
    /// <exception cref="AnalyticsNotFoundException">No such dataset, or it has no version yet.</exception>
    public async Task<PublishedDescriptives> GetDescriptivesAsync(string datasetId, CancellationToken cancellationToken) =>
        await DescribeAsync(await CurrentDatasetAsync(datasetId, cancellationToken), cancellationToken);

    /// <summary>The dataset's current version against the latest version of a benchmark, optionally raked to its margins.</summary>
    /// <exception cref="AnalyticsNotFoundException">No such dataset or benchmark.</exception>
    /// <exception cref="ArgumentException">A raking variable is unknown or not categorical.</exception>
    /// <exception cref="Statistics.Weighting.RakingException">The margins cannot be met (category missing in the sample, inconsistent margins).</exception>
    public async Task<RepresentativenessReport> GetRepresentativenessAsync(
        string datasetId, string benchmarkId, RakingRequest? raking, CancellationToken cancellationToken)
    {
        await EnsureBenchmarksSeededAsync(cancellationToken);
        var dataset = await CurrentDatasetAsync(datasetId, cancellationToken);
        var benchmark = await benchmarks.GetLatestAsync(benchmarkId, cancellationToken)
            ?? throw new AnalyticsNotFoundException($"There is no benchmark '{benchmarkId}'. GET /api/benchmarks lists them.");
        return await CompareAsync(dataset, benchmark, raking, cancellationToken);
    }

    /// <summary>Hash of everything the published benchmark list depends on.</summary>
    public string BenchmarksInputHash(IEnumerable<BenchmarkDefinition> latest) =>
        InputHash.Of(["benchmarks", .. latest.SelectMany(b => new[] { b.Id, Invariant(b.Version), b.ContentSha256 }), Codebook.Sha256, Threshold, EngineVersion]);

    /// <summary>
    /// Hash of everything the descriptives of this dataset version depend on (cache key and publication input hash). The
    /// benchmarks count because their category groups are audited with the dataset's cells and can change its marks.
    /// </summary>
    public string DescriptivesInputHash(DatasetRecord dataset, IEnumerable<BenchmarkDefinition> latest) =>
        InputHash.Of(["descriptives", .. DatasetInputs(dataset), Codebook.Sha256, Threshold, EngineVersion, BenchmarksInputHash(latest)]);

    /// <summary>Hash of everything a representativeness report depends on (cache key and publication input hash).</summary>
    public string RepresentativenessInputHash(DatasetRecord dataset, BenchmarkDefinition benchmark, RakingRequest? raking, IEnumerable<BenchmarkDefinition> latest) =>
        InputHash.Of(["representativeness", .. DatasetInputs(dataset), benchmark.Id, Invariant(benchmark.Version), benchmark.ContentSha256,
            Codebook.Sha256, Threshold, raking?.Key ?? "no-raking", EngineVersion, BenchmarksInputHash(latest)]);

    /// <summary>
    /// The disclosure audit of a dataset version: every count of every page, API document and slicer combination, with the
    /// cells it hides. Computed once per dataset version, benchmark set, codebook and threshold.
    /// </summary>
    public async Task<DatasetDisclosure> DisclosureAsync(DatasetRecord dataset, CancellationToken cancellationToken)
    {
        var groups = (await LatestBenchmarksAsync(cancellationToken)).SelectMany(b => b.Items)
            .Where(i => i.Categories.Count > 1).Select(i => (i.Variable, Categories: (IReadOnlyList<string>)[.. i.Categories.Order(StringComparer.Ordinal)]))
            .DistinctBy(g => $"{g.Variable}|{string.Join('+', g.Categories)}").OrderBy(g => g.Variable, StringComparer.Ordinal)
            .ThenBy(g => string.Join('+', g.Categories), StringComparer.Ordinal).ToList();
        var key = InputHash.Of(["disclosure", .. DatasetInputs(dataset), Codebook.Sha256, Threshold, EngineVersion,
            .. groups.Select(g => $"{g.Variable}|{string.Join('+', g.Categories)}")]);
        return await cache.GetOrCreateAsync(key, async () => new DisclosureControl(suppression.Threshold, new PersonalDataPatterns(Codebook.PersonalData).LooksPersonal)
            .Protect(Codebook, await ReadAsync(dataset, cancellationToken), groups));
    }

    /// <summary>Descriptives of a dataset version (current version of the record), suppressed, cached by <see cref="DescriptivesInputHash"/>.</summary>
    public async Task<PublishedDescriptives> DescribeAsync(DatasetRecord dataset, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(DescriptivesInputHash(dataset, await LatestBenchmarksAsync(cancellationToken)), async () =>
        {
            var data = await ReadAsync(dataset, cancellationToken);
            var served = suppression.Apply(DescriptivesEngine.Describe(Codebook, data), await DisclosureAsync(dataset, cancellationToken));
            return new PublishedDescriptives(dataset.Id, dataset.CurrentVersion, dataset.Metadata.Name, Codebook.Version, suppression.Threshold,
                served.Respondents, served.Variables);
        });

    /// <summary>A dataset version against a benchmark version, suppressed, cached by <see cref="RepresentativenessInputHash"/>.</summary>
    public async Task<RepresentativenessReport> CompareAsync(
        DatasetRecord dataset, BenchmarkDefinition benchmark, RakingRequest? raking, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(RepresentativenessInputHash(dataset, benchmark, raking, await LatestBenchmarksAsync(cancellationToken)), async () =>
        {
            var data = await ReadAsync(dataset, cancellationToken);
            var benchmarkData = await SourceMicrodataAsync(benchmark, cancellationToken);
            var comparisons = await UnweightedComparisonsAsync(dataset, benchmark, data, benchmarkData);
            var report = new RepresentativenessReport
            {
                DatasetId = dataset.Id,
                DatasetVersion = dataset.CurrentVersion,
                SampleN = data.RowCount,
                BenchmarkId = benchmark.Id,
                BenchmarkVersion = benchmark.Version,
                BenchmarkSource = benchmark.Source,
                BenchmarkPopulation = benchmark.Population,
                BenchmarkSurveyYear = benchmark.SurveyYear,
                BenchmarkN = benchmark.Respondents,
                BenchmarkHasMicrodata = benchmark.HasMicrodata,
                Comparisons = comparisons,
                Raking = raking is null
                    ? null
                    : BenchmarkRaking.Rake(Codebook, data, benchmark, raking.Variables, raking.Options, comparisons, benchmarkData),
            };
            return suppression.Apply(report, await DisclosureAsync(dataset, cancellationToken), suppression.Publish(benchmark, Codebook));
        });

    // Shared by the unweighted report and every raked one (the SMDs before raking), so the sample is compared once.
    private Task<Comparisons> UnweightedComparisonsAsync(
        DatasetRecord dataset, BenchmarkDefinition benchmark, CuratedData data, CuratedData? benchmarkData) =>
        cache.GetOrCreateAsync(InputHash.Of(["comparisons", .. DatasetInputs(dataset), benchmark.Id, Invariant(benchmark.Version),
            benchmark.ContentSha256, benchmarkData is null ? "aggregate" : "microdata", Codebook.Sha256, EngineVersion]),
            () => Task.FromResult(RepresentativenessEngine.Compare(Codebook, data, benchmark, null, benchmarkData)));

    private async Task<(DatasetRecord Dataset, CuratedData Data)> LoadAsync(string datasetId, CancellationToken cancellationToken)
    {
        var dataset = await CurrentDatasetAsync(datasetId, cancellationToken);
        return (dataset, await ReadAsync(dataset, cancellationToken));
    }

    private async Task<DatasetRecord> CurrentDatasetAsync(string datasetId, CancellationToken cancellationToken)
    {
        var dataset = await datasets.GetDatasetAsync(datasetId, cancellationToken)
            ?? throw new AnalyticsNotFoundException($"There is no dataset '{datasetId}'. GET /api/datasets lists them.");
        if (dataset.CurrentVersion < 1 || string.IsNullOrEmpty(dataset.CurrentCuratedPath))
            throw new AnalyticsNotFoundException($"Dataset '{datasetId}' has no ingested version yet.");
        if (dataset.Metadata.Kind == DatasetKind.CodedAnswers)
            throw new AnalyticsNotFoundException($"Dataset '{datasetId}' holds coded answers; its statistics are on the open-answers view.");
        return dataset;
    }

    /// <summary>
    /// The curated data of a dataset's current version, read once and shared by the audit, the descriptives and every
    /// comparison. Whole columns are large, so only the last few datasets are kept, apart from the (small) results: a
    /// refresh builds a dataset's units one after another and later pages need only their cached results.
    /// </summary>
    public Task<CuratedData> ReadAsync(DatasetRecord dataset, CancellationToken cancellationToken) =>
        _curated.GetOrCreateAsync(InputHash.Of(["curated", .. DatasetInputs(dataset)]),
            () => reader.ReadAsync(dataset.CurrentCuratedPath!, cancellationToken));

    /// <summary>The curated rows of the dataset version a benchmark was promoted from; null for an aggregate benchmark or
    /// when that version is no longer registered (then the benchmark is tested as an aggregate).</summary>
    private async Task<CuratedData?> SourceMicrodataAsync(BenchmarkDefinition benchmark, CancellationToken cancellationToken)
    {
        if (benchmark.SourceDataset() is not { } source) return null;
        var versions = await datasets.ListVersionsAsync(source.DatasetId, cancellationToken);
        if (versions.FirstOrDefault(v => v.Version == source.Version) is not { } version) return null;
        // The same key as ReadAsync's for a current version, so a promoted dataset's rows are read once.
        var key = InputHash.Of(["curated", version.DatasetId, Invariant(version.Version), version.SourceSha256, version.CuratedPath]);
        return await _curated.GetOrCreateAsync(key, () => reader.ReadAsync(version.CuratedPath, cancellationToken));
    }

    private static string?[] DatasetInputs(DatasetRecord dataset) =>
        [dataset.Id, Invariant(dataset.CurrentVersion), dataset.CurrentSourceSha256, dataset.CurrentCuratedPath];

    private string Threshold => Invariant(suppression.Threshold);

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
