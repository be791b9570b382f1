using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Application;

/// <summary>
/// Ingests files dropped in the upload container's drop folder. It reads Event Grid BlobCreated events (in Azure an
/// Event Grid subscription writes them to a storage queue; locally the runner writes the same events).
/// </summary>
public sealed class DropFolderIngestion(IDropFolder dropFolder, UploadService uploads, ILogger<DropFolderIngestion> logger)
{
    /// <summary>Container that holds the drop folder.</summary>
    public const string Container = "uploads";
    /// <summary>Folder (blob name prefix) staff drop files into.</summary>
    public const string Prefix = "drop/";

    /// <summary>Handles one queue message holding one Event Grid event or an array of them (plain or Base64 JSON).</summary>
    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        foreach (var blobName in BlobNames(message))
        {
            var file = await dropFolder.OpenAsync(blobName, cancellationToken);
            if (file is null)
            {
                logger.LogWarning("Dropped blob {BlobName} no longer exists", blobName);
                continue;
            }
            await using (file.Content)
            {
                var fileName = Path.GetFileName(blobName);
                var dataset = Describe(fileName, file.Metadata);
                await uploads.AcceptAsync(file.Content, fileName, dataset, "drop-folder", cancellationToken);
            }
        }
    }

    /// <summary>Dataset metadata from blob metadata when staff set it, otherwise from the file name.</summary>
    public static DatasetMetadata Describe(string fileName, IReadOnlyDictionary<string, string> metadata)
    {
        var inferred = DatasetMetadata.FromFileName(fileName);
        string? Get(string key) => metadata.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
        return DatasetMetadata.Parse(
            Get("dataset") ?? inferred.Name,
            Get("kind") ?? inferred.KindName,
            Get("respondenttype") ?? inferred.RespondentTypeName,
            Get("wave") ?? inferred.Wave);
    }

    /// <summary>The drop-folder blob names named by BlobCreated events in a message; other events are ignored.</summary>
    public static IReadOnlyList<string> BlobNames(string message)
    {
        var json = message.TrimStart();
        if (!json.StartsWith('{') && !json.StartsWith('['))
            json = Encoding.UTF8.GetString(Convert.FromBase64String(message.Trim()));
        using var document = JsonDocument.Parse(json);
        var events = document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.EnumerateArray().ToList()
            : [document.RootElement];
        var names = new List<string>();
        const string marker = "/containers/" + Container + "/blobs/";
        foreach (var e in events)
        {
            if (!e.TryGetProperty("eventType", out var type) || type.GetString() != "Microsoft.Storage.BlobCreated") continue;
            var subject = e.TryGetProperty("subject", out var s) ? s.GetString() ?? "" : "";
            var at = subject.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0) continue;
            var name = Uri.UnescapeDataString(subject[(at + marker.Length)..]);
            if (name.StartsWith(Prefix, StringComparison.Ordinal) && !name.EndsWith('/')) names.Add(name);
        }
        return names;
    }
}
