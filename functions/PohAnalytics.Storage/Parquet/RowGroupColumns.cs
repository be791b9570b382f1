using global::Parquet;
using global::Parquet.Schema;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Storage.Parquet;

/// <summary>
/// One row group's columns as Parquet wants them (the present values and a definition level per row), in arrays kept
/// from group to group, so the group can be written while the batch it was copied from is filled again.
/// </summary>
internal sealed class RowGroupColumns
{
    private readonly DataField[] _fields;
    private readonly ColumnParts[] _columns;
    private int _rows;

    public RowGroupColumns(DataField[] fields, CuratedSchema schema)
    {
        _fields = fields;
        _columns = schema.Columns.Select(c => c.Kind switch
        {
            CuratedColumnKind.Text => (ColumnParts)new TextParts(),
            CuratedColumnKind.Number => new ValueParts<double>(),
            CuratedColumnKind.Integer => new ValueParts<int>(),
            _ => new ValueParts<bool>(),
        }).ToArray();
    }

    /// <summary>Takes the committed rows of a batch; the batch may be cleared and refilled afterwards.</summary>
    public void CopyFrom(CuratedBatch batch)
    {
        _rows = batch.Count;
        for (var i = 0; i < _columns.Length; i++) _columns[i].CopyFrom(batch.ColumnValues(i), _rows);
    }

    /// <summary>Writes the rows taken last as one row group.</summary>
    public async Task WriteAsync(ParquetWriter writer, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < _columns.Length; i++)
            await _columns[i].WriteAsync(group, _fields[i], _rows, cancellationToken);
    }

    private abstract class ColumnParts
    {
        public abstract void CopyFrom(Array column, int rows);
        public abstract Task WriteAsync(ParquetRowGroupWriter group, DataField field, int rows, CancellationToken cancellationToken);
    }

    private abstract class Parts<T> : ColumnParts where T : struct
    {
        private const int Present = 1;
        private const int Missing = 0;
        protected T[] Values = [];
        protected int[] DefinitionLevels = [];
        protected int Count;

        public override void CopyFrom(Array column, int rows)
        {
            if (DefinitionLevels.Length < rows)
            {
                DefinitionLevels = new int[rows];
                Values = new T[rows];
            }
            Count = 0;
        }

        protected void Add(int row, T value)
        {
            DefinitionLevels[row] = Present;
            Values[Count++] = value;
        }

        protected void Skip(int row) => DefinitionLevels[row] = Missing;

        public override Task WriteAsync(ParquetRowGroupWriter group, DataField field, int rows, CancellationToken cancellationToken) =>
            group.WriteAllPartsAsync<T>(field, Values.AsMemory(0, Count), DefinitionLevels.AsMemory(0, rows), null, cancellationToken);
    }

    private sealed class ValueParts<T> : Parts<T> where T : struct
    {
        public override void CopyFrom(Array column, int rows)
        {
            base.CopyFrom(column, rows);
            var source = (T?[])column;
            for (var r = 0; r < rows; r++)
            {
                if (source[r] is { } value) Add(r, value);
                else Skip(r);
            }
        }
    }

    private sealed class TextParts : Parts<ReadOnlyMemory<char>>
    {
        public override void CopyFrom(Array column, int rows)
        {
            base.CopyFrom(column, rows);
            var source = (string?[])column;
            for (var r = 0; r < rows; r++)
            {
                if (source[r] is { } text) Add(r, text.AsMemory());
                else Skip(r);
            }
            // The texts of the previous group stay referenced until overwritten; let them go with the group.
            Array.Clear(Values, Count, Values.Length - Count);
        }
    }
}
