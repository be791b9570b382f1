using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PohAnalytics.Storage;

namespace PohAnalytics.Functions;

/// <summary>
/// Creates containers, queues and tables at start-up when running against a connection string (Azurite, a dev account).
/// In Azure the Bicep templates create them and the identity has no right to, so nothing is attempted there.
/// </summary>
public sealed class StorageBootstrapService(StorageClients clients, IConfiguration configuration, ILogger<StorageBootstrapService> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuration[StorageNames.Connection])) return;
        await clients.EnsureCreatedAsync(cancellationToken);
        logger.LogInformation("Storage containers, queues and tables are in place");
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
