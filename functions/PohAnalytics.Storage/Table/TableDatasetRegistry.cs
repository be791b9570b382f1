using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Storage.Table;

/// <summary>
/// Datasets, versions and ingestions in Table Storage. A dataset's head row, its version rows and one success row per
/// committed ingestion share a partition, so a new version, the head's move to it and the ingestion's success commit in
/// one transaction (the head's ETag guards the number; the success row, keyed by ingestion, makes a second commit fail).
/// </summary>
public sealed class TableDatasetRegistry(StorageClients clients, TimeProvider clock) : IDatasetRegistry
{
    private const string IngestionPartition = "ingestion";
    private const string HeadRow = "dataset";
    private const string VersionRowPrefix = "v";
    private const string SuccessRowPrefix = "succeeded-";
    private TableClient Datasets => clients.Tables.GetTableClient(StorageNames.DatasetsTable);
    private TableClient Ingestions => clients.Tables.GetTableClient(StorageNames.IngestionsTable);

    /// <inheritdoc />
    public async Task<(IngestionRecord Record, bool Created)> CreateIngestionIfAbsentAsync(IngestionRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await Ingestions.AddEntityAsync(ToEntity(record), cancellationToken);
            return (record, true);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return ((await GetIngestionAsync(record.Id, cancellationToken))!, false);
        }
    }

    /// <inheritdoc />
    public async Task<IngestionRecord?> GetIngestionAsync(string ingestionId, CancellationToken cancellationToken)
    {
        var response = await Ingestions.GetEntityIfExistsAsync<TableEntity>(IngestionPartition, ingestionId, cancellationToken: cancellationToken);
        return response.HasValue ? await ReconcileAsync(FromEntity(response.Value!), cancellationToken) : null;
    }

    /// <inheritdoc />
    public async Task UpdateIngestionAsync(IngestionRecord record, CancellationToken cancellationToken) =>
        await Ingestions.UpsertEntityAsync(ToEntity(record), TableUpdateMode.Replace, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> TryReplaceIngestionAsync(IngestionRecord record, CancellationToken cancellationToken)
    {
        if (record.ConcurrencyToken is null) throw new ArgumentException("The record was not read from the registry.", nameof(record));
        try
        {
            await Ingestions.UpdateEntityAsync(
                ToEntity(record), new ETag(record.ConcurrencyToken), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IngestionRecord>> ListIngestionsAsync(int top, CancellationToken cancellationToken)
    {
        var all = new List<IngestionRecord>();
        await foreach (var entity in Ingestions.QueryAsync<TableEntity>(e => e.PartitionKey == IngestionPartition, cancellationToken: cancellationToken))
            all.Add(FromEntity(entity));
        var newest = all.OrderByDescending(i => i.CreatedAt).Take(top).ToList();
        for (var i = 0; i < newest.Count; i++)
            newest[i] = await ReconcileAsync(newest[i], cancellationToken);
        return newest;
    }

    /// <inheritdoc />
    public async Task<DatasetVersionRecord> CommitVersionAsync(IngestionRecord ingestion, string curatedPath, long rows, string codebookVersion, CancellationToken cancellationToken)
    {
        var datasetId = ingestion.Dataset.DatasetId;
        for (var attempt = 0; ; attempt++)
        {
            if (await FindCommittedAsync(datasetId, ingestion.Id, cancellationToken) is { } existing) return existing;

            var head = await Datasets.GetEntityIfExistsAsync<TableEntity>(datasetId, HeadRow, cancellationToken: cancellationToken);
            var next = (head.HasValue ? head.Value!.GetInt32("CurrentVersion") ?? 0 : 0) + 1;
            var version = new DatasetVersionRecord(datasetId, next, ingestion.Id, curatedPath, ingestion.SourceSha256, codebookVersion, rows, clock.GetUtcNow());
            var newHead = HeadEntity(ingestion, version);
            // The success row is keyed by the ingestion: a second commit of the same ingestion fails as a whole.
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.Add, SuccessEntity(version)),
                new(TableTransactionActionType.Add, VersionEntity(version)),
                head.HasValue
                    ? new(TableTransactionActionType.UpdateReplace, newHead, head.Value!.ETag)
                    : new(TableTransactionActionType.Add, newHead),
            };
            try
            {
                await Datasets.SubmitTransactionAsync(actions, cancellationToken);
                return version;
            }
            catch (TableTransactionFailedException) when (attempt < 20)
            {
                // Another worker took this version number (or committed this ingestion) first; re-read and try again.
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DatasetRecord>> ListDatasetsAsync(CancellationToken cancellationToken)
    {
        var list = new List<DatasetRecord>();
        await foreach (var entity in Datasets.QueryAsync<TableEntity>(e => e.RowKey == HeadRow, cancellationToken: cancellationToken))
            list.Add(DatasetFromEntity(entity));
        return list.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<DatasetRecord?> GetDatasetAsync(string datasetId, CancellationToken cancellationToken)
    {
        var head = await Datasets.GetEntityIfExistsAsync<TableEntity>(datasetId, HeadRow, cancellationToken: cancellationToken);
        return head.HasValue ? DatasetFromEntity(head.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DatasetVersionRecord>> ListVersionsAsync(string datasetId, CancellationToken cancellationToken)
    {
        var list = new List<DatasetVersionRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {datasetId} and RowKey ge {VersionRowPrefix} and RowKey lt {"w"}");
        await foreach (var entity in Datasets.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            list.Add(VersionFromEntity(entity));
        return list.OrderBy(v => v.Version).ToList();
    }

    private async Task<DatasetVersionRecord?> FindCommittedAsync(string datasetId, string ingestionId, CancellationToken cancellationToken)
    {
        var success = await Datasets.GetEntityIfExistsAsync<TableEntity>(
            datasetId, SuccessRowPrefix + ingestionId, cancellationToken: cancellationToken);
        return success.HasValue ? VersionFromEntity(success.Value!) : null;
    }

    /// <summary>
    /// The dataset partition's success row is the truth about a committed ingestion; the ingestion row catches up
    /// afterwards, and until then (a crash or fault in between) it is read as succeeded.
    /// </summary>
    private async Task<IngestionRecord> ReconcileAsync(IngestionRecord record, CancellationToken cancellationToken)
    {
        if (record.Status == IngestionStatus.Succeeded) return record;
        if (await FindCommittedAsync(record.Dataset.DatasetId, record.Id, cancellationToken) is not { } version) return record;
        return record with
        {
            Status = IngestionStatus.Succeeded,
            DatasetVersion = version.Version,
            CuratedPath = version.CuratedPath,
            CodebookVersion = version.CodebookVersion,
            FailureReason = null,
            LastError = null,
            ClaimedBy = null,
            ClaimExpiresAt = null,
        };
    }

    private static TableEntity SuccessEntity(DatasetVersionRecord v)
    {
        var entity = VersionEntity(v);
        entity.RowKey = SuccessRowPrefix + v.IngestionId;
        entity["Status"] = IngestionStatus.Succeeded.ToString();
        return entity;
    }

    private static TableEntity VersionEntity(DatasetVersionRecord v) => new(v.DatasetId, $"{VersionRowPrefix}{v.Version:D6}")
    {
        ["Version"] = v.Version,
        ["IngestionId"] = v.IngestionId,
        ["CuratedPath"] = v.CuratedPath,
        ["SourceSha256"] = v.SourceSha256,
        ["CodebookVersion"] = v.CodebookVersion,
        ["Rows"] = v.Rows,
        ["CreatedAt"] = v.CreatedAt,
    };

    private static DatasetVersionRecord VersionFromEntity(TableEntity e) => new(
        e.PartitionKey, e.GetInt32("Version") ?? 0, e.GetString("IngestionId"), e.GetString("CuratedPath"),
        e.GetString("SourceSha256"), e.GetString("CodebookVersion"), e.GetInt64("Rows") ?? 0, e.GetDateTimeOffset("CreatedAt") ?? default);

    private static TableEntity HeadEntity(IngestionRecord ingestion, DatasetVersionRecord version)
    {
        var entity = new TableEntity(version.DatasetId, HeadRow)
        {
            ["CurrentVersion"] = version.Version,
            ["CurrentIngestionId"] = version.IngestionId,
            ["CurrentCuratedPath"] = version.CuratedPath,
            ["CurrentSourceSha256"] = version.SourceSha256,
            ["CodebookVersion"] = version.CodebookVersion,
            ["Rows"] = version.Rows,
            ["UpdatedAt"] = version.CreatedAt,
        };
        WriteMetadata(entity, ingestion.Dataset);
        return entity;
    }

    private static DatasetRecord DatasetFromEntity(TableEntity e) => new()
    {
        Id = e.PartitionKey,
        Metadata = ReadMetadata(e),
        CurrentVersion = e.GetInt32("CurrentVersion") ?? 0,
        CurrentIngestionId = e.GetString("CurrentIngestionId"),
        CurrentCuratedPath = e.GetString("CurrentCuratedPath"),
        CurrentSourceSha256 = e.GetString("CurrentSourceSha256"),
        CodebookVersion = e.GetString("CodebookVersion"),
        Rows = e.GetInt64("Rows") ?? 0,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? default,
    };

    private static void WriteMetadata(TableEntity entity, DatasetMetadata metadata)
    {
        entity["DatasetName"] = metadata.Name;
        entity["Kind"] = metadata.KindName;
        entity["RespondentType"] = metadata.RespondentTypeName;
        entity["Wave"] = metadata.Wave;
    }

    private static DatasetMetadata ReadMetadata(TableEntity e) =>
        DatasetMetadata.Parse(e.GetString("DatasetName"), e.GetString("Kind"), e.GetString("RespondentType"), e.GetString("Wave"));

    private static TableEntity ToEntity(IngestionRecord r)
    {
        var entity = new TableEntity(IngestionPartition, r.Id)
        {
            ["DatasetId"] = r.Dataset.DatasetId,
            ["FileName"] = r.FileName,
            ["SourceSha256"] = r.SourceSha256,
            ["SizeBytes"] = r.SizeBytes,
            ["RawPath"] = r.RawPath,
            ["Status"] = r.Status.ToString(),
            ["FailureReason"] = Truncate(r.FailureReason),
            ["LastError"] = Truncate(r.LastError),
            ["Attempts"] = r.Attempts,
            ["DatasetVersion"] = r.DatasetVersion,
            ["CuratedPath"] = r.CuratedPath,
            ["RejectsPath"] = r.RejectsPath,
            ["CodebookVersion"] = r.CodebookVersion,
            ["Channel"] = r.Channel,
            ["CodebookRevision"] = r.CodebookRevision,
            ["ReviewReason"] = Truncate(r.ReviewReason),
            ["ReprocessOf"] = r.ReprocessOf,
            ["CreatedAt"] = r.CreatedAt,
            ["StartedAt"] = r.StartedAt,
            ["CompletedAt"] = r.CompletedAt,
            ["DurationMs"] = r.DurationMs,
            ["ClaimedBy"] = r.ClaimedBy,
            ["ClaimExpiresAt"] = r.ClaimExpiresAt,
            ["ReportPath"] = r.ReportPath,
        };
        WriteMetadata(entity, r.Dataset);
        RegistryJson.WriteChunked(entity, "Report", r.Report is null ? null : JsonSerializer.Serialize(r.Report, RegistryJson.Options));
        return entity;
    }

    private static IngestionRecord FromEntity(TableEntity e)
    {
        var report = RegistryJson.ReadChunked(e, "Report");
        return new IngestionRecord
        {
            Id = e.RowKey,
            Dataset = ReadMetadata(e),
            FileName = e.GetString("FileName"),
            SourceSha256 = e.GetString("SourceSha256"),
            SizeBytes = e.GetInt64("SizeBytes") ?? 0,
            RawPath = e.GetString("RawPath"),
            Status = Enum.Parse<IngestionStatus>(e.GetString("Status")),
            FailureReason = e.GetString("FailureReason"),
            LastError = e.GetString("LastError"),
            Attempts = e.GetInt32("Attempts") ?? 0,
            DatasetVersion = e.GetInt32("DatasetVersion"),
            CuratedPath = e.GetString("CuratedPath"),
            RejectsPath = e.GetString("RejectsPath"),
            CodebookVersion = e.GetString("CodebookVersion"),
            Channel = e.GetString("Channel") ?? "http",
            CodebookRevision = e.GetInt32("CodebookRevision"),
            ReviewReason = e.GetString("ReviewReason"),
            ReprocessOf = e.GetString("ReprocessOf"),
            CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default,
            StartedAt = e.GetDateTimeOffset("StartedAt"),
            CompletedAt = e.GetDateTimeOffset("CompletedAt"),
            DurationMs = e.GetDouble("DurationMs"),
            ClaimedBy = e.GetString("ClaimedBy"),
            ClaimExpiresAt = e.GetDateTimeOffset("ClaimExpiresAt"),
            ReportPath = e.GetString("ReportPath"),
            ConcurrencyToken = e.ETag.ToString(),
            Report = report is null ? null : JsonSerializer.Deserialize<IngestionReport>(report, RegistryJson.Options),
        };
    }

    private static string? Truncate(string? text) => text is { Length: > 8000 } ? text[..8000] + "…" : text;
}
