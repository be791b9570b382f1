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
        long offset = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            foreach (var field in fields)
                await ReadIntoAsync(group, field, columns[field.Name], (int)offset, count, cancellationToken);
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
}
