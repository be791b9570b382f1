using global::Parquet;
using global::Parquet.Schema;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Storage.Parquet;

/// <summary>Maps curated column kinds to nullable Parquet fields.</summary>
public static class ParquetFields
{
    /// <summary>The Parquet field of a curated column.</summary>
    public static DataField For(CuratedColumn column) => column.Kind switch
    {
        CuratedColumnKind.Text => new DataField<string>(column.Name, true),
        CuratedColumnKind.Number => new DataField<double?>(column.Name),
        CuratedColumnKind.Integer => new DataField<int?>(column.Name),
        _ => new DataField<bool?>(column.Name),
    };

    /// <summary>
    /// Writer options for curated columns: Parquet.Net 6 dictionary-encodes strings only when asked, so category and label
    /// columns get the dictionary hint (a column of unique texts is seen from a sample and written plainly); whole
    /// numbers are delta bit-packed, so a Likert score or a row number takes a few bits, not four bytes.
    /// </summary>
    public static ParquetOptions WriteOptions(IEnumerable<CuratedColumn> columns)
    {
        var options = new ParquetOptions
        {
            CompressionMethod = CompressionMethod.Zstd,
            CompressionLevel = System.IO.Compression.CompressionLevel.Fastest,
            DictionaryEncodingSampleSize = 1_000,
        };
        foreach (var column in columns)
        {
            var path = For(column).Path.ToString();
            if (column.Kind == CuratedColumnKind.Text) options.ColumnEncodingHints[path] = EncodingHint.Dictionary;
            if (column.Kind == CuratedColumnKind.Integer) options.ColumnEncodingHints[path] = EncodingHint.DeltaBinaryPacked;
            if (column.Kind == CuratedColumnKind.Number) options.ColumnEncodingHints[path] = EncodingHint.ByteSplitStream;
        }
        return options;
    }
}
