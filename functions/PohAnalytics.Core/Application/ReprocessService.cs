using Microsoft.Extensions.Logging;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Application;

/// <summary>
/// What staff do with an ingestion after fixing the mapping: reprocess its stored raw file with the current codebook
/// (a new ingestion through the same queue, so a new dataset version; the earlier ingestion stays in history), or
/// publish an ingestion the quality gate held.
/// </summary>
public sealed class ReprocessService(
    IDatasetRegistry registry, IIngestQueue queue, ICodebookProvider codebooks, IRefreshQueue refresh, TimeProvider clock,
    ILogger<ReprocessService> logger)
{
    /// <summary>
    /// Queues the raw file of <paramref name="ingestionId"/> again with the current codebook. The id derives from the raw
    /// hash and the codebook revision: with the revision the ingestion already used, that ingestion is returned (not created).
    /// </summary>
    /// <exception cref="AnalyticsNotFoundException">No such ingestion.</exception>
    public async Task<(IngestionRecord Ingestion, bool Created)> ReprocessAsync(string ingestionId, CancellationToken cancellationToken)
    {
        var original = await registry.GetIngestionAsync(ingestionId, cancellationToken)
            ?? throw new AnalyticsNotFoundException($"No ingestion with id '{ingestionId}'.");
        var codebook = await codebooks.GetCurrentAsync(cancellationToken);
        if (original.Status is IngestionStatus.Queued or IngestionStatus.Processing || original.CodebookRevision == codebook.Revision)
            return (original, false);

        var record = new IngestionRecord
        {
            Id = IngestionRecord.IdFor(original.SourceSha256, codebook.Revision),
            Dataset = original.Dataset,
            FileName = original.FileName,
            SourceSha256 = original.SourceSha256,
            SizeBytes = original.SizeBytes,
            RawPath = original.RawPath,
            Channel = "reprocess",
            CodebookRevision = codebook.Revision,
            ReprocessOf = original.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        var (stored, created) = await registry.CreateIngestionIfAbsentAsync(record, cancellationToken);
        if (created || stored.Status == IngestionStatus.Queued)
            await queue.EnqueueAsync(stored.Id, cancellationToken);
        logger.LogInformation("Reprocess of {Original} with codebook revision {Revision}: {Id} ({Outcome})",
            original.Id, codebook.Revision, stored.Id, created ? "queued" : "already known");
        return (stored, created);
    }

    /// <summary>Publishes an ingestion held for review as the dataset's next version, as staff decided.</summary>
    /// <exception cref="AnalyticsNotFoundException">No such ingestion.</exception>
    /// <exception cref="ArgumentException">The ingestion is not held for review.</exception>
    public async Task<IngestionRecord> PublishAsync(string ingestionId, CancellationToken cancellationToken)
    {
        var ingestion = await registry.GetIngestionAsync(ingestionId, cancellationToken)
            ?? throw new AnalyticsNotFoundException($"No ingestion with id '{ingestionId}'.");
        if (ingestion.Status == IngestionStatus.Succeeded) return ingestion;
        if (ingestion.Status != IngestionStatus.NeedsReview || ingestion.CuratedPath is null || ingestion.Report is null)
            throw new ArgumentException($"Ingestion '{ingestionId}' is {ingestion.Status}; only one held for review can be published.");
        var version = await registry.CommitVersionAsync(
            ingestion, ingestion.CuratedPath, ingestion.Report.RowsAccepted, ingestion.CodebookVersion ?? "", cancellationToken);
        var published = ingestion with { Status = IngestionStatus.Succeeded, DatasetVersion = version.Version };
        await registry.UpdateIngestionAsync(published, cancellationToken);
        await refresh.RequestAsync("ingestion", cancellationToken);
        return published;
    }
}
