using global::Parquet;
using global::Parquet.Schema;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Storage.Parquet;

/// <summary>Reads a curated Parquet file (from a seekable stream) back into typed columns.</summary>
public static class CuratedParquetReader
{
    /// <summary>Reads all row groups of the file.</summary>
    public static Task<CuratedTable> ReadAsync(Stream seekable, CancellationToken cancellationToken = default) =>
        ReadAsync(seekable, _ => true, cancellationToken);

    /// <summary>Reads the columns <paramref name="include"/> accepts, from all row groups of the file.</summary>
    public static async Task<CuratedTable> ReadAsync(Stream seekable, Func<string, bool> include, CancellationToken cancellationToken)
    {
        var file = await BytesOfAsync(seekable, cancellationToken);
        await using var reader = await ParquetReader.CreateAsync(Open(file), new ParquetOptions(), false, cancellationToken);
        var fields = reader.Schema.GetDataFields().Where(f => include(f.Name)).ToArray();
        var groupSizes = reader.RowGroups.Select(g => checked((int)g.RowCount)).ToArray();
        var total = groupSizes.Sum(g => (long)g);
        var columns = fields.Select(f => IsText(f.ClrType) ? null : CreateArray(f, total)).ToArray();
        var codings = new CodedColumn?[fields.Length];
        // Columns are independent: each worker decodes whole columns through a reader of its own over the same bytes
        // (a Parquet.Net reader is not thread-safe).
        var next = -1;
        async Task Worker()
        {
            await using var own = await ParquetReader.CreateAsync(Open(file), new ParquetOptions(), false, cancellationToken);
            var largestGroup = groupSizes.DefaultIfEmpty(0).Max();
            ReadOnlyMemory<char>[]? cells = null;
            int[]? levels = null;
            int c;
            while ((c = Interlocked.Increment(ref next)) < fields.Length)
            {
                var field = fields[c];
                var coder = columns[c] is null ? new TextColumnCoder(checked((int)total)) : null;
                var offset = 0;
                for (var g = 0; g < groupSizes.Length; g++)
                {
                    using var group = own.OpenRowGroupReader(g);
                    if (coder is not null)
                    {
                        cells ??= new ReadOnlyMemory<char>[largestGroup];
                        levels ??= new int[largestGroup];
                        await ReadTextAsync(group, field, coder, cells, levels, offset, groupSizes[g], cancellationToken);
                    }
                    else await ReadIntoAsync(group, field, columns[c]!, offset, groupSizes[g], cancellationToken);
                    offset += groupSizes[g];
                }
                if (coder is null) continue;
                codings[c] = coder.Coding;
                columns[c] = coder.Strings;
            }
        }
        var workers = Math.Clamp(Math.Min(Environment.ProcessorCount, fields.Length), 1, 4);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Worker, cancellationToken)));
        var coded = fields.Select((f, i) => (f.Name, Coding: codings[i])).Where(x => x.Coding is not null)
            .ToDictionary(x => x.Name, x => x.Coding!, StringComparer.Ordinal);
        var read = fields.Select((f, i) => (f.Name, Column: columns[i])).Where(x => x.Column is not null)
            .ToDictionary(x => x.Name, x => x.Column!, StringComparer.Ordinal);
        return new CuratedTable(reader.CustomMetadata.ToDictionary(), total, reader.RowGroupCount,
            new ExpandingColumns(fields.Select(f => f.Name).ToList(), read, coded),
            fields.ToDictionary(f => f.Name, f => IsText(f.ClrType) ? typeof(string) : f.ClrType), coded);
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

    // Parquet.Net 6 describes UTF-8 columns as ReadOnlyMemory<char>.
    private static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static Array CreateArray(DataField field, long length) => field.ClrType switch
    {
        var t when t == typeof(double) => new double?[length],
        var t when t == typeof(int) => new int?[length],
        var t when t == typeof(bool) => new bool?[length],
        var t => throw new NotSupportedException($"Curated column {field.Name} has unexpected type {t}."),
    };

    // Raw cells rather than Parquet.Net's strings: it makes a string per cell, although a category column repeats a
    // handful of codes.
    private static async Task ReadTextAsync(ParquetRowGroupReader group, DataField field, TextColumnCoder coder,
        ReadOnlyMemory<char>[] cells, int[] levels, int offset, int count, CancellationToken cancellationToken)
    {
        var nullable = field.MaxDefinitionLevel > 0;
        await group.ReadRawAsync(field, cells.AsMemory(0, count), nullable ? levels.AsMemory(0, count) : null, null,
            cancellationToken);
        coder.Add(offset, count, cells.AsSpan(0, count), nullable ? levels.AsSpan(0, count) : [], field.MaxDefinitionLevel);
        Array.Clear(cells, 0, count);
    }

    private static async Task ReadIntoAsync(ParquetRowGroupReader group, DataField field, Array target, int offset, int count, CancellationToken cancellationToken)
    {
        switch (target)
        {
            case double?[] number: await group.ReadAsync<double>(field, number.AsMemory(offset, count), cancellationToken: cancellationToken); break;
            case int?[] integer: await group.ReadAsync<int>(field, integer.AsMemory(offset, count), cancellationToken: cancellationToken); break;
            case bool?[] flag: await group.ReadAsync<bool>(field, flag.AsMemory(offset, count), cancellationToken: cancellationToken); break;
        }
    }
}
