using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Qualitative.CodeLists;
using PohAnalytics.Core.Qualitative.Ingestion;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Application;

/// <summary>
/// Turns a queued ingestion into a curated Parquet dataset version. Exclusive and idempotent per ingestion: one queue
/// message claims it (an ETag-guarded queued → processing step), others for the same ingestion do nothing, and the
/// version, its move to current and the ingestion's success commit together. Bad input fails at once with its reason;
/// storage faults throw so the queue retries.
/// </summary>
public sealed class IngestionProcessor(
    ICodebookProvider codebooks,
    QualityGate gate,
    CodedAnswersPipeline codedAnswers,
    IRawUploadStore raw,
    ICuratedStore curated,
    IDatasetRegistry registry,
    IRefreshQueue refresh,
    TimeProvider clock,
    ILogger<IngestionProcessor> logger,
    IngestionPipelineOptions? options = null)
{
    private readonly IngestionPipelineOptions _options = options ?? new IngestionPipelineOptions();

    /// <summary>Processes one ingestion under a claim of its own (no queue message to name).</summary>
    public Task ProcessAsync(string ingestionId, CancellationToken cancellationToken) =>
        ProcessAsync(ingestionId, "run-" + Guid.NewGuid().ToString("N"), cancellationToken);

    /// <summary>
    /// Processes one ingestion for the queue message <paramref name="claimant"/>. Unreadable, fully rejected or too slow
    /// files end as Failed; storage faults throw so the queue retries (the same message then resumes its claim).
    /// </summary>
    public async Task ProcessAsync(string ingestionId, string claimant, CancellationToken cancellationToken)
    {
        var ingestion = await ClaimAsync(ingestionId, claimant, cancellationToken);
        if (ingestion is null) return;
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["IngestionId"] = ingestion.Id, ["DatasetId"] = ingestion.Dataset.DatasetId,
        });
        var timer = Stopwatch.StartNew();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.TimeBudget);
        try
        {
            await RunAsync(ingestion, timer, budget.Token);
        }
        catch (UnreadableFileException ex)
        {
            await FailAsync(ingestion, ex.Message, timer);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var seconds = _options.TimeBudget.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
            await FailAsync(ingestion, $"{ingestion.FileName}: processing took longer than the time budget of {seconds} s per file " +
                "(Poh:Ingestion:TimeBudget); split the file or remove unused sheets and columns.", timer);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Ingestion attempt {Attempt} failed; the queue will retry", ingestion.Attempts);
            await registry.UpdateIngestionAsync(ingestion with { LastError = ex.Message }, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Marks an ingestion whose message went to the poison queue as failed, with its last error.</summary>
    public async Task MarkPoisonedAsync(string ingestionId, CancellationToken cancellationToken)
    {
        var ingestion = await registry.GetIngestionAsync(ingestionId, cancellationToken);
        if (ingestion is null || ingestion.Status is IngestionStatus.Failed or IngestionStatus.NeedsReview) return;
        if (ingestion.Status is IngestionStatus.Succeeded)
        {
            await CompleteCommittedAsync(ingestion, cancellationToken);
            return;
        }
        await registry.UpdateIngestionAsync(ingestion with
        {
            Status = IngestionStatus.Failed,
            FailureReason = $"Processing failed after {ingestion.Attempts} attempts: {ingestion.LastError ?? "unknown error"}",
            CompletedAt = clock.GetUtcNow(),
            ClaimedBy = null,
            ClaimExpiresAt = null,
        }, cancellationToken);
        logger.LogError("Ingestion {IngestionId} moved to the poison queue and is marked failed", ingestionId);
    }

    /// <summary>
    /// Takes the ingestion for <paramref name="claimant"/> with an ETag-guarded write, or returns null when it is
    /// finished or another message holds a live claim on it.
    /// </summary>
    private async Task<IngestionRecord?> ClaimAsync(string ingestionId, string claimant, CancellationToken cancellationToken)
    {
        while (true)
        {
            var ingestion = await registry.GetIngestionAsync(ingestionId, cancellationToken);
            if (ingestion is null)
            {
                logger.LogWarning("Ingest message for unknown ingestion {IngestionId} ignored", ingestionId);
                return null;
            }
            if (ingestion.Status is IngestionStatus.Succeeded)
            {
                await CompleteCommittedAsync(ingestion, cancellationToken);
                return null;
            }
            if (ingestion.Status is IngestionStatus.Failed or IngestionStatus.NeedsReview)
            {
                logger.LogInformation("Ingestion {IngestionId} already ended ({Status}); duplicate message ignored", ingestionId, ingestion.Status);
                return null;
            }
            var now = clock.GetUtcNow();
            if (ingestion.Status is IngestionStatus.Processing && ingestion.ClaimedBy != claimant && ingestion.ClaimExpiresAt > now)
            {
                logger.LogInformation("Ingestion {IngestionId} is being processed for another message; this one is ignored", ingestionId);
                return null;
            }
            var claimed = ingestion with
            {
                Status = IngestionStatus.Processing,
                Attempts = ingestion.Attempts + 1,
                StartedAt = now,
                ClaimedBy = claimant,
                ClaimExpiresAt = now + _options.TimeBudget + TimeSpan.FromMinutes(1),
            };
            if (await registry.TryReplaceIngestionAsync(claimed, cancellationToken)) return claimed;
        }
    }

    /// <summary>A commit whose ingestion row did not catch up (a crash or fault right after it) is completed here.</summary>
    private async Task CompleteCommittedAsync(IngestionRecord ingestion, CancellationToken cancellationToken)
    {
        if (ingestion.CompletedAt is not null && ingestion.ClaimedBy is null) return;
        await registry.UpdateIngestionAsync(ingestion with
        {
            CompletedAt = ingestion.CompletedAt ?? clock.GetUtcNow(),
            ClaimedBy = null,
            ClaimExpiresAt = null,
        }, cancellationToken);
        await refresh.RequestAsync("ingestion", cancellationToken);
        logger.LogInformation("Ingestion {IngestionId} was committed as version {Version}; its record is completed",
            ingestion.Id, ingestion.DatasetVersion);
    }

    private async Task RunAsync(IngestionRecord ingestion, Stopwatch timer, CancellationToken cancellationToken)
    {
        await using var rawFile = TempFile.Create();
        await raw.DownloadToAsync(ingestion.RawPath, rawFile.Stream, cancellationToken);
        rawFile.Stream.Position = 0;
        await using var parquetFile = TempFile.Create();
        await using var rejectsFile = TempFile.Create();

        IngestionReport report;
        // A reprocess names its codebook revision; an upload takes the current one, recorded so a reprocess can compare.
        var codebook = ingestion.CodebookRevision is { } revision
            ? await codebooks.GetAsync(revision, cancellationToken)
            : await codebooks.GetCurrentAsync(cancellationToken);
        ingestion = ingestion with { CodebookRevision = codebook.Revision };
        var pipeline = new IngestionPipeline(codebook, _options);
        // Coded open answers and interview codes are recognised by their headers and go through their code list.
        var codeList = await codedAnswers.TryDetectAsync(rawFile.Stream, cancellationToken);
        if (codeList is not null)
            ingestion = ingestion with { Dataset = ingestion.Dataset with { Kind = DatasetKind.CodedAnswers } };
        var schema = codeList is null ? pipeline.Schema : CuratedSchema.ForCodeList(codeList);
        await using (var writer = curated.CreateWriter(parquetFile.Stream, schema, ParquetMetadata(ingestion, codebook, codeList)))
        await using (var rejects = new RejectsCsvWriter(rejectsFile.Stream))
        {
            report = codeList is null
                ? await pipeline.RunAsync(rawFile.Stream, ingestion.FileName, writer, rejects, cancellationToken)
                : await codedAnswers.RunAsync(rawFile.Stream, ingestion.FileName, writer, rejects, cancellationToken);
        }

        string? rejectsPath = null;
        if (report.RowsRejected > 0)
        {
            rejectsFile.Stream.Position = 0;
            rejectsPath = await curated.UploadRejectsAsync(ingestion.Id, rejectsFile.Stream, cancellationToken);
        }
        var reportPath = await curated.UploadReportAsync(ingestion.Id, report, cancellationToken);
        var schemaVersion = codeList is null ? codebook.VersionLabel : $"{codeList.Id} {codeList.Version}";
        ingestion = ingestion with
        {
            Report = ReportSummary.Bound(report, _options),
            ReportPath = reportPath,
            RejectsPath = rejectsPath,
            CodebookVersion = schemaVersion,
        };
        if (report.RowsAccepted == 0)
        {
            var reason = report.RowsRead == 0
                ? $"{ingestion.FileName} has a header row but no data rows."
                : $"All {report.RowsRead} rows of {ingestion.FileName} were rejected; first error: {report.FirstErrors[0].Describe(ingestion.FileName)}";
            await FinishAsync(ingestion with { Status = IngestionStatus.Failed, FailureReason = ReportSummary.Text(reason, 2_000) },
                timer, cancellationToken);
            return;
        }

        parquetFile.Stream.Position = 0;
        var curatedPath = await curated.UploadCuratedAsync(ingestion.Dataset.DatasetId, ingestion.Id, parquetFile.Stream, cancellationToken);
        if (codeList is null && gate.Hold(report) is { } held)
        {
            await FinishAsync(ingestion with
            {
                Status = IngestionStatus.NeedsReview, CuratedPath = curatedPath, ReviewReason = held, LastError = null,
            }, timer, cancellationToken);
            logger.LogWarning("Ingestion held for review: {Reason}", held);
            return;
        }
        // The report goes into the record first, still processing: a record that cannot be stored fails before any commit.
        await registry.UpdateIngestionAsync(ingestion with { CuratedPath = curatedPath }, cancellationToken);
        var version = await registry.CommitVersionAsync(ingestion, curatedPath, report.RowsAccepted, schemaVersion, cancellationToken);
        await FinishAsync(ingestion with
        {
            Status = IngestionStatus.Succeeded,
            CuratedPath = curatedPath,
            DatasetVersion = version.Version,
            LastError = null,
        }, timer, cancellationToken);
        logger.LogInformation("Ingested {Accepted} rows ({Rejected} rejected) as version {Version}", report.RowsAccepted, report.RowsRejected, version.Version);
        await refresh.RequestAsync("ingestion", cancellationToken);
    }

    private Task FailAsync(IngestionRecord ingestion, string reason, Stopwatch timer) =>
        FinishAsync(ingestion with { Status = IngestionStatus.Failed, FailureReason = ReportSummary.Text(reason, 2_000) },
            timer, CancellationToken.None);

    private Task FinishAsync(IngestionRecord ingestion, Stopwatch timer, CancellationToken cancellationToken)
    {
        if (ingestion.Status == IngestionStatus.Failed)
            logger.LogWarning("Ingestion failed: {Reason}", ingestion.FailureReason);
        return registry.UpdateIngestionAsync(ingestion with
        {
            CompletedAt = clock.GetUtcNow(),
            DurationMs = timer.Elapsed.TotalMilliseconds,
            ClaimedBy = null,
            ClaimExpiresAt = null,
        }, cancellationToken);
    }

    private Dictionary<string, string> ParquetMetadata(IngestionRecord ingestion, CodebookDefinition codebook, CodeListDefinition? codeList)
    {
        var metadata = ParquetMetadata(ingestion, codebook);
        if (codeList is null) return metadata;
        metadata["pohanalytics.code_list_id"] = codeList.Id;
        metadata["pohanalytics.code_list_version"] = codeList.Version;
        metadata["pohanalytics.code_list_sha256"] = codeList.Sha256;
        return metadata;
    }

    private Dictionary<string, string> ParquetMetadata(IngestionRecord ingestion, CodebookDefinition codebook) => new()
    {
        ["pohanalytics.dataset_id"] = ingestion.Dataset.DatasetId,
        ["pohanalytics.dataset_name"] = ingestion.Dataset.Name,
        ["pohanalytics.dataset_kind"] = ingestion.Dataset.KindName,
        ["pohanalytics.respondent_type"] = ingestion.Dataset.RespondentTypeName,
        ["pohanalytics.wave"] = ingestion.Dataset.Wave ?? "",
        ["pohanalytics.ingestion_id"] = ingestion.Id,
        ["pohanalytics.source_sha256"] = ingestion.SourceSha256,
        ["pohanalytics.source_file"] = ingestion.FileName,
        ["pohanalytics.codebook_id"] = codebook.Id,
        ["pohanalytics.codebook_version"] = codebook.VersionLabel,
        ["pohanalytics.codebook_sha256"] = codebook.Sha256,
        ["pohanalytics.created_at"] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
    };
}
