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
    private static readonly TimeSpan LostMessageAfter = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Stores and queues an upload; returns the ingestion and whether it is new. <paramref name="limit"/> (HTTP uploads)
    /// stops reading above the limit; the drop folder passes none, as it is the way in for larger files.
    /// </summary>
    /// <exception cref="UploadTooLargeException">The content is larger than <paramref name="limit"/>.</exception>
    /// <exception cref="ArgumentException">The content is empty or the file name unusable.</exception>
    public async Task<(IngestionRecord Ingestion, bool Created)> AcceptAsync(
        Stream content, string fileName, DatasetMetadata dataset, string channel, CancellationToken cancellationToken,
        UploadLimit? limit = null)
    {
        var safeName = UploadFileName.Sanitise(fileName);
        await using var buffer = TempFile.Create();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            size += read;
            if (limit is not null && size > limit.MaxBytes) throw new UploadTooLargeException(limit);
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
        // A queued record whose message was lost (crash between the two writes) is re-queued; a fresh one is not, so
        // concurrent uploads of the same bytes queue one message (a duplicate would still be harmless: processing is exclusive).
        if (created || (stored.Status == IngestionStatus.Queued && clock.GetUtcNow() - stored.CreatedAt > LostMessageAfter))
            await queue.EnqueueAsync(stored.Id, cancellationToken);
        using (logger.BeginScope(new Dictionary<string, object> { ["IngestionId"] = stored.Id, ["DatasetId"] = stored.Dataset.DatasetId }))
            logger.LogInformation("Upload {FileName} ({Bytes} bytes, sha256 {Sha}) {Outcome}", safeName, size, sha256, created ? "queued" : "already known");
        return (stored, created);
    }
}
