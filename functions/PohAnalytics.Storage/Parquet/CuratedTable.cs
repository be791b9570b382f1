using PohAnalytics.Core.Registry;

namespace PohAnalytics.Storage.Parquet;

/// <summary>A curated Parquet file read back: metadata and whole columns by name.</summary>
/// <param name="Metadata">The file's key-value metadata.</param>
/// <param name="RowCount">Rows in the file.</param>
/// <param name="RowGroups">Row groups in the file.</param>
/// <param name="Columns">
/// Column values (string?[], double?[], int?[] or bool?[]) by column name; a coded text column becomes strings when first
/// asked for.
/// </param>
/// <param name="ColumnTypes">CLR type of each column's values, by name.</param>
/// <param name="Coding">The text columns coded while they were read (all but those of nearly unique texts), by name.</param>
public sealed record CuratedTable(
    IReadOnlyDictionary<string, string> Metadata,
    long RowCount,
    int RowGroups,
    IReadOnlyDictionary<string, Array> Columns,
    IReadOnlyDictionary<string, Type> ColumnTypes,
    IReadOnlyDictionary<string, CodedColumn> Coding);
