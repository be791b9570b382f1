using global::Parquet;
using global::Parquet.Schema;

namespace PohAnalytics.Storage.Parquet;

/// <summary>Reads a curated Parquet file (from a seekable stream) back into typed columns.</summary>
public static class CuratedParquetReader
{
    /// <summary>Reads all row groups of the file.</summary>
    public static async Task<CuratedTable> ReadAsync(Stream seekable, CancellationToken cancellationToken = default)
    {
        await using var reader = await ParquetReader.CreateAsync(seekable, new ParquetOptions(), leaveStreamOpen: true, cancellationToken);
        var fields = reader.Schema.GetDataFields();
        var total = reader.RowGroups.Sum(g => g.RowCount);
        var columns = fields.ToDictionary(f => f.Name, f => CreateArray(f, total));
        var pools = fields.Where(f => IsText(f.ClrType)).ToDictionary(f => f.Name, _ => new TextPool());
        long offset = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            foreach (var field in fields)
            {
                await ReadIntoAsync(group, field, columns[field.Name], (int)offset, count, cancellationToken);
                if (pools.TryGetValue(field.Name, out var pool)) pool.Share(((string?[])columns[field.Name]).AsSpan((int)offset, count));
            }
            offset += count;
        }
        return new CuratedTable(reader.CustomMetadata.ToDictionary(), total, reader.RowGroupCount, columns,
            fields.ToDictionary(f => f.Name, f => IsText(f.ClrType) ? typeof(string) : f.ClrType));
    }

    // Parquet.Net 6 describes UTF-8 columns as ReadOnlyMemory<char> while still reading them into strings.
    private static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static Array CreateArray(DataField field, long length) => field.ClrType switch
    {
        var t when IsText(t) => new string?[length],
        var t when t == typeof(double) => new double?[length],
        var t when t == typeof(int) => new int?[length],
        var t when t == typeof(bool) => new bool?[length],
        var t => throw new NotSupportedException($"Curated column {field.Name} has unexpected type {t}."),
    };

    private static async Task ReadIntoAsync(ParquetRowGroupReader group, DataField field, Array target, int offset, int count, CancellationToken cancellationToken)
    {
        switch (target)
        {
            case string?[] text: await group.ReadAsync(field, text.AsMemory(offset, count)!, cancellationToken: cancellationToken); break;
            case double?[] number: await group.ReadAsync<double>(field, number.AsMemory(offset, count), cancellationToken: cancellationToken); break;
            case int?[] integer: await group.ReadAsync<int>(field, integer.AsMemory(offset, count), cancellationToken: cancellationToken); break;
            case bool?[] flag: await group.ReadAsync<bool>(field, flag.AsMemory(offset, count), cancellationToken: cancellationToken); break;
        }
    }

    // The reader makes a string per cell, although a category column repeats a handful of codes: each distinct text is
    // kept once, so a million-row dataset holds a few strings per column rather than a million (memory, and the copies
    // die young instead of being promoted). A column of (nearly) unique texts, such as respondent numbers, stops sharing.
    private sealed class TextPool
    {
        private const int MaxDistinct = 4_096;
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
        private bool _unique;

        public void Share(Span<string?> cells)
        {
            if (_unique) return;
            foreach (ref var cell in cells)
            {
                if (cell is null) continue;
                if (_texts.TryGetValue(cell, out var kept)) cell = kept;
                else if (_texts.Count < MaxDistinct) _texts.Add(cell, cell);
                else
                {
                    _unique = true;
                    return;
                }
            }
        }
    }
}
