using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>Keeps every written row in memory, column by column, and counts the batches.</summary>
public sealed class CollectingSink : ICuratedSink
{
    public Dictionary<string, List<object?>> Columns { get; } = new();
    public int Batches { get; private set; }
    public int LargestBatch { get; private set; }

    public ValueTask WriteBatchAsync(CuratedBatch batch, CancellationToken cancellationToken)
    {
        Batches++;
        LargestBatch = Math.Max(LargestBatch, batch.Count);
        for (var c = 0; c < batch.Schema.Columns.Count; c++)
        {
            var name = batch.Schema.Columns[c].Name;
            if (!Columns.TryGetValue(name, out var list)) Columns[name] = list = [];
            for (var r = 0; r < batch.Count; r++) list.Add(batch.Get(c, r));
        }
        return ValueTask.CompletedTask;
    }

    public int Count(string column, object value) => Columns[column].Count(v => Equals(v, value));
    public IEnumerable<double> Numbers(string column) => Columns[column].OfType<double>();
}

public sealed class CollectingRejects : IRejectSink
{
    public List<RejectedRow> Rows { get; } = [];

    public ValueTask AddAsync(RejectedRow row, CancellationToken cancellationToken)
    {
        Rows.Add(row);
        return ValueTask.CompletedTask;
    }
}
