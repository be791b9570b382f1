using System.Text.Json;
using Azure.Data.Tables;
using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Storage.Publishing;

/// <summary>Refresh history in the <c>refreshes</c> table; row keys sort newest first.</summary>
public sealed class TableRefreshHistory(StorageClients clients) : IRefreshHistory
{
    private const string Partition = "refresh";
    private TableClient Table => clients.Tables.GetTableClient(StorageNames.RefreshesTable);

    /// <inheritdoc />
    public async Task AddAsync(RefreshRecord record, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new TableEntity(Partition, record.Id)
        {
            ["Trigger"] = record.Trigger,
            ["Outcome"] = record.Outcome,
            ["StartedAt"] = record.StartedAt,
            ["CompletedAt"] = record.CompletedAt,
            ["Version"] = record.Version,
            ["Rebuilt"] = JsonSerializer.Serialize(record.Rebuilt),
            ["Reused"] = record.Reused,
            ["Error"] = record.Error is { Length: > 8000 } e ? e[..8000] : record.Error,
        }, TableUpdateMode.Replace, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<RefreshRecord>> ListAsync(int top, CancellationToken cancellationToken)
    {
        var list = new List<RefreshRecord>();
        await foreach (var e in Table.QueryAsync<TableEntity>(x => x.PartitionKey == Partition, maxPerPage: top, cancellationToken: cancellationToken))
        {
            list.Add(new RefreshRecord
            {
                Id = e.RowKey,
                Trigger = e.GetString("Trigger"),
                Outcome = e.GetString("Outcome"),
                StartedAt = e.GetDateTimeOffset("StartedAt") ?? default,
                CompletedAt = e.GetDateTimeOffset("CompletedAt") ?? default,
                Version = e.GetInt32("Version"),
                Rebuilt = JsonSerializer.Deserialize<List<string>>(e.GetString("Rebuilt") ?? "[]") ?? [],
                Reused = e.GetInt32("Reused") ?? 0,
                Error = e.GetString("Error"),
            });
            if (list.Count == top) break;
        }
        return list;
    }
}
