using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Application;

/// <summary>
/// Accepts an upload: keeps the raw bytes once (addressed by SHA-256), records the ingestion and queues it.
/// The same bytes uploaded again return the existing ingestion instead of a second dataset version.
/// </summary>
public sealed class UploadService(IRawUploadStore raw, IDatasetRegistry registry, IIngestQueue queue, TimeProvider clock, ILogger<UploadService> logger)
{
    /// <summary>Largest upload accepted (a million-row export is well below this).</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    /// <summary>Stores and queues an upload; returns the ingestion and whether it is new.</summary>
    public async Task<(IngestionRecord Ingestion, bool Created)> AcceptAsync(
        Stream content, string fileName, DatasetMetadata dataset, string channel, CancellationToken cancellationToken)
    {
        var safeName = Path.GetFileName(fileName);
        await using var buffer = TempFile.Create();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            size += read;
            if (size > MaxUploadBytes) throw new ArgumentException($"{safeName} is larger than {MaxUploadBytes / 1024 / 1024} MB.");
            hash.AppendData(chunk, 0, read);
            await buffer.Stream.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        if (size == 0) throw new ArgumentException($"{safeName} is empty.");
        var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        buffer.Stream.Position = 0;
        var rawPath = await raw.PutIfAbsentAsync(sha256, buffer.Stream, safeName, cancellationToken);

        var record = new IngestionRecord
        {
            Id = IngestionRecord.IdFor(sha256),
            Dataset = dataset,
            FileName = safeName,
            SourceSha256 = sha256,
            SizeBytes = size,
            RawPath = rawPath,
            Channel = channel,
            CreatedAt = clock.GetUtcNow(),
        };
        var (stored, created) = await registry.CreateIngestionIfAbsentAsync(record, cancellationToken);
        // A queued record whose message was lost (crash between the two writes) is re-queued; processing is idempotent.
        if (created || stored.Status == IngestionStatus.Queued)
            await queue.EnqueueAsync(stored.Id, cancellationToken);
        using (logger.BeginScope(new Dictionary<string, object> { ["IngestionId"] = stored.Id, ["DatasetId"] = stored.Dataset.DatasetId }))
            logger.LogInformation("Upload {FileName} ({Bytes} bytes, sha256 {Sha}) {Outcome}", safeName, size, sha256, created ? "queued" : "already known");
        return (stored, created);
    }
}
