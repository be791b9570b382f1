using PohAnalytics.Core.Application;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Qualitative.CodeLists;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Disclosure;
using System.Globalization;

namespace PohAnalytics.Presentation.Views;

/// <summary>What every page builder reads: datasets, their curated data (cached per version), codebook, suppression.</summary>
public sealed class ViewContext(
    IDatasetRegistry registry, ICodebookProvider codebooks,
    CodeListCatalog codeLists, SuppressionSettings suppression, AnalyticsService analytics, IRefreshHistory refreshes, TimeProvider clock)
{
    /// <summary>The codebook.</summary>
    public CodebookDefinition Codebook => codebooks.Current;
    /// <summary>The code lists of coded answers.</summary>
    public CodeListCatalog CodeLists => codeLists;
    /// <summary>The small-cell threshold.</summary>
    public int Threshold => suppression.Threshold;
    /// <summary>Suppression settings.</summary>
    public SuppressionSettings Suppression => suppression;
    /// <summary>Descriptives and representativeness.</summary>
    public AnalyticsService Analytics => analytics;
    /// <summary>Refresh history.</summary>
    public IRefreshHistory Refreshes => refreshes;
    /// <summary>Now.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Every dataset with an ingested version (as pinned in a <see cref="RegistrySnapshot"/>, if one is).</summary>
    public async Task<IReadOnlyList<DatasetRecord>> DatasetsAsync(CancellationToken cancellationToken) =>
        (RegistrySnapshot.Current?.Datasets ?? await registry.ListDatasetsAsync(cancellationToken))
            .Where(d => d.CurrentVersion > 0 && d.CurrentCuratedPath is not null)
            .OrderBy(d => d.Metadata.Wave ?? "", StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>Survey and member-poll datasets (respondent microdata through the codebook).</summary>
    public async Task<IReadOnlyList<DatasetRecord>> SurveyDatasetsAsync(CancellationToken cancellationToken) =>
        (await DatasetsAsync(cancellationToken)).Where(d => d.Metadata.Kind != DatasetKind.CodedAnswers).ToList();

    /// <summary>The curated data of a dataset's current version.</summary>
    public Task<CuratedData> DataAsync(DatasetRecord dataset, CancellationToken cancellationToken) => analytics.ReadAsync(dataset, cancellationToken);

    /// <summary>The disclosure audit of a dataset's current version: every served count and its mark.</summary>
    public Task<DatasetDisclosure> DisclosureAsync(DatasetRecord dataset, CancellationToken cancellationToken) =>
        analytics.DisclosureAsync(dataset, cancellationToken);

    /// <summary>
    /// Hash of every input the pages are built from: dataset versions, benchmarks, codebook, code lists, threshold and the
    /// view and engine versions (publication input hash of the default views, and key of cached filtered views).
    /// </summary>
    public async Task<string> InputHashAsync(CancellationToken cancellationToken)
    {
        var datasets = await DatasetsAsync(cancellationToken);
        var benchmarks = await analytics.LatestBenchmarksAsync(cancellationToken);
        return InputHash.Of(datasets
            .SelectMany(d => new[] { d.Id, d.CurrentVersion.ToString(CultureInfo.InvariantCulture), d.CurrentSourceSha256 })
            .Append(analytics.BenchmarksInputHash(benchmarks)).Append(Codebook.Sha256)
            .Concat(codeLists.CodeLists.Select(c => c.Sha256))
            .Append(Threshold.ToString(CultureInfo.InvariantCulture))
            .Append(DashboardViewsSource.ViewsVersion).Append(AnalyticsService.EngineVersion));
    }

    /// <summary>The statement every page shows about small cells.</summary>
    public LocalizedText SuppressionNote => DisclosureRule.Text(Threshold, DisclosureControl.DefaultMinimumSubgroup(Threshold));
}
