using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace PohAnalytics.Storage;

/// <summary>
/// The blob, queue and table clients of the one storage account, built from the same setting the Functions host uses:
/// a connection string (Azurite locally) or identity-based <c>__blobServiceUri</c>/<c>__accountName</c> settings in Azure.
/// </summary>
public sealed class StorageClients
{
    /// <summary>Blob service.</summary>
    public BlobServiceClient Blobs { get; }
    /// <summary>Queue service; messages are Base64, the Functions queue trigger's default.</summary>
    public QueueServiceClient Queues { get; }
    /// <summary>Table service.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>Creates clients from a connection string.</summary>
    public StorageClients(string connectionString)
    {
        Blobs = new BlobServiceClient(connectionString);
        Queues = new QueueServiceClient(connectionString, QueueOptions());
        Tables = new TableServiceClient(connectionString);
    }

    private StorageClients(Uri blob, Uri queue, Uri table, TokenCredential credential)
    {
        Blobs = new BlobServiceClient(blob, credential);
        Queues = new QueueServiceClient(queue, credential, QueueOptions());
        Tables = new TableServiceClient(table, credential);
    }

    /// <summary>Reads the <see cref="StorageNames.Connection"/> setting in either of its forms.</summary>
    public static StorageClients FromConfiguration(IConfiguration configuration)
    {
        var connectionString = configuration[StorageNames.Connection];
        if (!string.IsNullOrWhiteSpace(connectionString))
            return new StorageClients(connectionString);
        var section = configuration.GetSection(StorageNames.Connection);
        var account = section["accountName"];
        Uri Endpoint(string key, string service) =>
            section[key] is { Length: > 0 } uri ? new Uri(uri)
            : account is { Length: > 0 } ? new Uri($"https://{account}.{service}.core.windows.net")
            : throw new InvalidOperationException($"Set {StorageNames.Connection} (connection string) or {StorageNames.Connection}__accountName.");
        var clientId = section["clientId"];
        TokenCredential credential = string.IsNullOrEmpty(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return new StorageClients(Endpoint("blobServiceUri", "blob"), Endpoint("queueServiceUri", "queue"), Endpoint("tableServiceUri", "table"), credential);
    }

    /// <summary>Creates every container, queue and table if missing (idempotent; Bicep does this in Azure).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in StorageNames.Containers)
            await Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var queue in StorageNames.Queues)
            await Queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var table in StorageNames.Tables)
            await Tables.CreateTableIfNotExistsAsync(table, cancellationToken);
    }

    private static QueueClientOptions QueueOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };
}
