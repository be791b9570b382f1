using global::Parquet;
using global::Parquet.Schema;

namespace PohAnalytics.Storage.Parquet;

/// <summary>Reads a curated Parquet file (from a seekable stream) back into typed columns.</summary>
public static class CuratedParquetReader
{
    /// <summary>Reads all row groups of the file.</summary>
    public static async Task<CuratedTable> ReadAsync(Stream seekable, CancellationToken cancellationToken = default)
    {
        var file = await BytesOfAsync(seekable, cancellationToken);
        await using var reader = await ParquetReader.CreateAsync(Open(file), new ParquetOptions(), false, cancellationToken);
        var fields = reader.Schema.GetDataFields();
        var groupSizes = reader.RowGroups.Select(g => checked((int)g.RowCount)).ToArray();
        var total = groupSizes.Sum(g => (long)g);
        var columns = fields.Select(f => CreateArray(f, total)).ToArray();
        // Columns are independent: each worker decodes whole columns through a reader of its own over the same bytes
        // (a Parquet.Net reader is not thread-safe), so a column's text pool is only ever touched by one worker.
        var next = -1;
        async Task Worker()
        {
            await using var own = await ParquetReader.CreateAsync(Open(file), new ParquetOptions(), false, cancellationToken);
            int c;
            while ((c = Interlocked.Increment(ref next)) < fields.Length)
            {
                var pool = IsText(fields[c].ClrType) ? new TextPool() : null;
                var offset = 0;
                for (var g = 0; g < groupSizes.Length; g++)
                {
                    using var group = own.OpenRowGroupReader(g);
                    await ReadIntoAsync(group, fields[c], columns[c], offset, groupSizes[g], cancellationToken);
                    pool?.Share(((string?[])columns[c]).AsSpan(offset, groupSizes[g]));
                    offset += groupSizes[g];
                }
            }
        }
        var workers = Math.Clamp(Math.Min(Environment.ProcessorCount, fields.Length), 1, 4);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Worker, cancellationToken)));
        return new CuratedTable(reader.CustomMetadata.ToDictionary(), total, reader.RowGroupCount,
            fields.Select((f, i) => (f.Name, Column: columns[i])).ToDictionary(x => x.Name, x => x.Column),
            fields.ToDictionary(f => f.Name, f => IsText(f.ClrType) ? typeof(string) : f.ClrType));
    }

    private static async Task<ArraySegment<byte>> BytesOfAsync(Stream seekable, CancellationToken cancellationToken)
    {
        // Parquet offsets count from the start of the file, whatever the stream's position.
        if (seekable is MemoryStream memory && memory.TryGetBuffer(out var buffer)) return buffer;
        seekable.Position = 0;
        using var copy = new MemoryStream();
        await seekable.CopyToAsync(copy, cancellationToken);
        return copy.TryGetBuffer(out var copied) ? copied : copy.ToArray();
    }

    private static MemoryStream Open(ArraySegment<byte> file) => new(file.Array!, file.Offset, file.Count, writable: false);

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
