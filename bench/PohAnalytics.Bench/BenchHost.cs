using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Registry;
using PohAnalytics.Functions;
using PohAnalytics.Storage;
using PohAnalytics.Storage.Parquet;
using PohAnalytics.Testing;

namespace PohAnalytics.Bench;

/// <summary>
/// The product as the Functions app composes it (<see cref="PohAnalyticsServices"/>) against a real Azurite started for
/// the benchmark, with the curated reader wrapped in a counter so the benchmark can show how often Parquet was read.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly AzuriteProcess _azurite;

    private BenchHost(AzuriteProcess azurite, ServiceProvider services, CountingCuratedReader reader)
    {
        _azurite = azurite;
        Services = services;
        Reader = reader;
    }

    /// <summary>The composed services.</summary>
    public ServiceProvider Services { get; }

    /// <summary>The curated reader every analytics read goes through.</summary>
    public CountingCuratedReader Reader { get; }

    /// <summary>Starts Azurite, creates the storage and composes the services.</summary>
    public static async Task<BenchHost> StartAsync()
    {
        var azurite = await AzuriteProcess.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.Connection] = azurite.ConnectionString }).Build();
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddPohAnalytics(configuration);
        CountingCuratedReader? reader = null;
        services.AddSingleton<ICuratedDatasetReader>(sp =>
            reader = new CountingCuratedReader(new ParquetCuratedDatasetReader(sp.GetRequiredService<ICuratedStore>())));
        var provider = services.AddSingleton<IConfiguration>(configuration).BuildServiceProvider();
        await provider.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        _ = provider.GetRequiredService<ICuratedDatasetReader>();
        return new BenchHost(azurite, provider, reader!);
    }

    /// <summary>Uploads an export and processes it through the real ingestion (raw blob, pipeline, Parquet, registry).</summary>
    public async Task<DatasetRecord> IngestAsync(Stream export, string fileName, DatasetMetadata metadata)
    {
        var (ingestion, _) = await Services.GetRequiredService<UploadService>()
            .AcceptAsync(export, fileName, metadata, "bench", CancellationToken.None);
        await Services.GetRequiredService<IngestionProcessor>().ProcessAsync(ingestion.Id, CancellationToken.None);
        var dataset = await Services.GetRequiredService<IDatasetRegistry>().GetDatasetAsync(metadata.DatasetId, CancellationToken.None);
        return dataset is { CurrentIngestionId: var current } && current == ingestion.Id
            ? dataset
            : throw new InvalidOperationException($"Ingesting {fileName} did not produce a current version.");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
