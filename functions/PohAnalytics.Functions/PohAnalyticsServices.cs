using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Registry;
using PohAnalytics.Storage;
using PohAnalytics.Storage.Blob;
using PohAnalytics.Storage.Parquet;
using PohAnalytics.Storage.Queue;
using PohAnalytics.Storage.Table;

namespace PohAnalytics.Functions;

/// <summary>The one composition root shared by the Functions host and the local runner.</summary>
public static class PohAnalyticsServices
{
    /// <summary>Registers every application service the function classes need.</summary>
    public static IServiceCollection AddPohAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => CodebookLoader.LoadBuiltIn());
        services.AddSingleton(sp => new IngestionPipeline(sp.GetRequiredService<CodebookDefinition>()));
        services.AddSingleton(_ => StorageClients.FromConfiguration(configuration));
        services.AddSingleton<IDatasetRegistry, TableDatasetRegistry>();
        services.AddSingleton<IRawUploadStore, BlobRawUploadStore>();
        services.AddSingleton<ICuratedStore, BlobCuratedStore>();
        services.AddSingleton<IIngestQueue, StorageQueueIngestQueue>();
        services.AddSingleton<IDropFolder, BlobDropFolder>();
        services.AddSingleton<UploadService>();
        services.AddSingleton<IngestionProcessor>();
        services.AddSingleton<DropFolderIngestion>();
        services.AddSingleton<IBenchmarkRegistry, TableBenchmarkRegistry>();
        services.AddSingleton<ICuratedDatasetReader, ParquetCuratedDatasetReader>();
        services.AddSingleton<IAnalyticsCache>(_ => new MemoryAnalyticsCache());
        services.AddSingleton(_ => new SmallCellSuppression(
            int.TryParse(configuration[SmallCellSuppression.ThresholdSetting], out var threshold) && threshold > 0 ? threshold : SmallCellSuppression.DefaultThreshold));
        services.AddSingleton<AnalyticsService>();
        services.AddHostedService<StorageBootstrapService>();
        services.AddHostedService<BenchmarkSeedService>();
        return services;
    }
}
