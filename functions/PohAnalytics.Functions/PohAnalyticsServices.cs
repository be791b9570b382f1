using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Qualitative.CodeLists;
using PohAnalytics.Core.Qualitative.Ingestion;
using PohAnalytics.Core.Registry;
using PohAnalytics.Presentation.Views;
using PohAnalytics.Storage;
using PohAnalytics.Storage.Blob;
using PohAnalytics.Storage.Parquet;
using PohAnalytics.Storage.Publishing;
using PohAnalytics.Storage.Queue;
using PohAnalytics.Storage.Table;
using PohAnalytics.Core.Disclosure;
using PohAnalytics.Functions.Http;

namespace PohAnalytics.Functions;

/// <summary>The one composition root shared by the Functions host and the local runner.</summary>
public static class PohAnalyticsServices
{
    /// <summary>Registers every application service the function classes need.</summary>
    public static IServiceCollection AddPohAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => CodebookLoader.LoadBuiltIn());
        services.AddSingleton<ICodebookStore, TableCodebookStore>();
        services.AddSingleton(sp =>
            new CodebookProvider(sp.GetRequiredService<ICodebookStore>(), sp.GetRequiredService<CodebookDefinition>()));
        services.AddSingleton<ICodebookProvider>(sp => sp.GetRequiredService<CodebookProvider>());
        services.AddSingleton<CodebookService>();
        services.AddSingleton(new QualityGate(configuration.GetValue(QualityGate.SettingKey, QualityGate.DefaultMaxRejectedShare)));
        services.AddSingleton<ReprocessService>();
        var ingestionOptions = configuration.GetSection("Poh:Ingestion").Get<IngestionPipelineOptions>() ?? new IngestionPipelineOptions();
        services.AddSingleton(ingestionOptions);
        services.AddSingleton(_ => CodeListCatalog.BuiltIn());
        services.AddSingleton(sp => new CodedAnswersPipeline(
            sp.GetRequiredService<CodeListCatalog>(), sp.GetRequiredService<CodebookDefinition>().PersonalData, ingestionOptions));
        services.AddSingleton(_ => StorageClients.FromConfiguration(configuration));
        services.AddSingleton<IDatasetRegistry, TableDatasetRegistry>();
        services.AddSingleton<IRawUploadStore, BlobRawUploadStore>();
        services.AddSingleton<ICuratedStore, BlobCuratedStore>();
        services.AddSingleton<QueueSendSignal>();
        services.AddSingleton<IIngestQueue, StorageQueueIngestQueue>();
        services.AddSingleton<IDropFolder, BlobDropFolder>();
        services.AddSingleton<UploadService>();
        var uploadLimit = new UploadLimit(configuration.GetValue(UploadLimit.SettingKey, UploadLimit.DefaultMaxBytes));
        services.AddSingleton(uploadLimit);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = uploadLimit.MaxBytes);
        services.AddSingleton<HttpFunctionFilter>();
        services.AddSingleton<IngestionProcessor>();
        services.AddSingleton<DropFolderIngestion>();
        services.AddSingleton(new SuppressionSettings(configuration.GetValue("Poh:SuppressionThreshold", 5)));
        services.AddSingleton<IPublishedStore, BlobPublishedStore>();
        // Serving caches re-read at once after a change on this instance (refresh requested or finished), within a second elsewhere.
        services.AddSingleton<ServingChanges>();
        services.AddSingleton<IRefreshHistory>(sp => new ChangeRecordingRefreshHistory(
            ActivatorUtilities.CreateInstance<TableRefreshHistory>(sp), sp.GetRequiredService<ServingChanges>()));
        services.AddSingleton<IRefreshQueue>(sp => new ChangeRecordingRefreshQueue(
            ActivatorUtilities.CreateInstance<StorageQueueRefreshQueue>(sp), sp.GetRequiredService<ServingChanges>()));
        services.AddSingleton<PublishedSnapshotCache>();
        services.AddSingleton(_ => new RenderedViewCache());
        // First: every refresh reads the latest codebook version before the other sources hash their inputs.
        services.AddSingleton<IPublicationSource, CodebookRefreshSource>();
        services.AddSingleton<IPublicationSource, DatasetCatalogSource>();
        services.AddSingleton<RefreshService>();
        services.AddSingleton<ViewContext>();
        services.AddSingleton<DashboardViewService>();
        services.AddSingleton<IPublicationSource, DashboardViewsSource>();
        services.AddSingleton<IBenchmarkRegistry, TableBenchmarkRegistry>();
        services.AddSingleton<ICuratedDatasetReader, ParquetCuratedDatasetReader>();
        // Results only (curated columns are kept apart, a few datasets): room for every unit of a few hundred datasets.
        services.AddSingleton<IAnalyticsCache>(_ => new MemoryAnalyticsCache(MemoryAnalyticsCache.ResultCapacity));
        services.AddSingleton(sp => new ServedForms(sp.GetRequiredService<SuppressionSettings>().Threshold));
        services.AddSingleton<AnalyticsService>();
        services.AddSingleton<IPublicationSource, AnalyticsPublicationSource>();
        services.AddHostedService<StorageBootstrapService>();
        services.AddHostedService<BenchmarkSeedService>();
        return services;
    }
}
