using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PohAnalytics.Core.Codebook.Versions;

namespace PohAnalytics.Storage.Table;

/// <summary>
/// Codebook versions in Table Storage: one partition with a head row naming the latest revision and one row per version.
/// A new version and the head's move to it commit in one transaction guarded by the head's ETag, so two concurrent
/// changes never get the same revision and neither is lost (the loser re-reads and applies its change again).
/// </summary>
public sealed class TableCodebookStore(StorageClients clients) : ICodebookStore
{
    private const string Partition = "codebook";
    private const string HeadRow = "latest";
    private TableClient Table => clients.Tables.GetTableClient(StorageNames.CodebooksTable);

    /// <inheritdoc />
    public async Task<CodebookVersion?> GetLatestAsync(CancellationToken cancellationToken)
    {
        var head = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, HeadRow, cancellationToken: cancellationToken);
        return head.HasValue ? await GetAsync(head.Value!.GetInt32("Revision") ?? 0, cancellationToken) : null;
    }

    /// <inheritdoc />
    public async Task<CodebookVersion?> GetAsync(int revision, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(revision), cancellationToken: cancellationToken);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CodebookVersion>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<CodebookVersion>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition && e.RowKey != HeadRow,
                           cancellationToken: cancellationToken))
            list.Add(FromEntity(entity) with { Content = "" });
        return list.OrderBy(v => v.Revision).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(CodebookVersion version, CancellationToken cancellationToken)
    {
        var head = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, HeadRow, cancellationToken: cancellationToken);
        var latest = head.HasValue ? head.Value!.GetInt32("Revision") ?? 0 : 0;
        if (latest != version.Revision - 1) return false;
        var newHead = new TableEntity(Partition, HeadRow) { ["Revision"] = version.Revision };
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, ToEntity(version)),
            head.HasValue
                ? new(TableTransactionActionType.UpdateReplace, newHead, head.Value!.ETag)
                : new(TableTransactionActionType.Add, newHead),
        };
        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException)
        {
            return false;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    private static string RowKey(int revision) => $"r{revision:D6}";

    private static TableEntity ToEntity(CodebookVersion v)
    {
        var entity = new TableEntity(Partition, RowKey(v.Revision))
        {
            ["Revision"] = v.Revision,
            ["Version"] = v.Version,
            ["Sha256"] = v.Sha256,
            ["Author"] = v.Author,
            ["Reason"] = v.Reason,
            ["Changes"] = JsonSerializer.Serialize(v.Changes, RegistryJson.Options),
            ["RestoredFrom"] = v.RestoredFrom,
            ["CreatedAt"] = v.CreatedAt,
        };
        RegistryJson.WriteChunked(entity, "Content", v.Content);
        return entity;
    }

    private static CodebookVersion FromEntity(TableEntity e) => new()
    {
        Revision = e.GetInt32("Revision") ?? 0,
        Version = e.GetString("Version"),
        Sha256 = e.GetString("Sha256"),
        Author = e.GetString("Author"),
        Reason = e.GetString("Reason"),
        Changes = JsonSerializer.Deserialize<List<string>>(e.GetString("Changes") ?? "[]", RegistryJson.Options) ?? [],
        RestoredFrom = e.GetInt32("RestoredFrom"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default,
        Content = RegistryJson.ReadChunked(e, "Content") ?? "",
    };
}
