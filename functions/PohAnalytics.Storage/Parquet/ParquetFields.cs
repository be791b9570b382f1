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
}
