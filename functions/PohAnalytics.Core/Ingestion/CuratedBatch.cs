using System.Runtime.CompilerServices;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// A fixed-capacity block of curated rows held column by column, so a file of any length is written in bounded
/// memory, one Parquet row group per batch.
/// </summary>
public sealed class CuratedBatch
{
    private readonly Array[] _columns;
    // The same arrays by type (null where a column has another type): a null check per cell instead of an array type test.
    private readonly double?[]?[] _numbers;
    private readonly int?[]?[] _integers;
    private readonly string?[]?[] _texts;
    private readonly bool?[]?[] _flags;
    private int _begun = -1;

    /// <summary>The schema of the rows.</summary>
    public CuratedSchema Schema { get; }
    /// <summary>Maximum rows held.</summary>
    public int Capacity { get; }
    /// <summary>Committed rows.</summary>
    public int Count { get; private set; }
    /// <summary>Whether no more rows fit.</summary>
    public bool IsFull => Count == Capacity;

    /// <summary>Allocates the column buffers.</summary>
    public CuratedBatch(CuratedSchema schema, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Schema = schema;
        Capacity = capacity;
        _columns = schema.Columns.Select(c => c.Kind switch
        {
            CuratedColumnKind.Text => (Array)new string?[capacity],
            CuratedColumnKind.Number => new double?[capacity],
            CuratedColumnKind.Integer => new int?[capacity],
            _ => new bool?[capacity],
        }).ToArray();
        _numbers = _columns.Select(c => c as double?[]).ToArray();
        _integers = _columns.Select(c => c as int?[]).ToArray();
        _texts = _columns.Select(c => c as string?[]).ToArray();
        _flags = _columns.Select(c => c as bool?[]).ToArray();
    }

    /// <summary>Clears the next free row slot and returns its index; the row counts only after <see cref="CommitRow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int BeginRow()
    {
        if (IsFull) throw new InvalidOperationException("The batch is full; flush it first.");
        // Slots are cleared in bulk when the batch is emptied; only a slot left by a row that was not kept is dirty.
        if (_begun == Count)
            foreach (var column in _columns) Array.Clear(column, Count, 1);
        _begun = Count;
        return Count;
    }

    /// <summary>Keeps the row written since <see cref="BeginRow"/>.</summary>
    public void CommitRow() => Count++;

    /// <summary>Empties the batch for reuse.</summary>
    public void Clear()
    {
        foreach (var column in _columns) Array.Clear(column, 0, Math.Max(Count, _begun + 1));
        Count = 0;
        _begun = -1;
    }

    /// <summary>Writes a value into the current row.</summary>
    public void Set(int column, int row, object? value)
    {
        switch (_columns[column])
        {
            case string?[] text: text[row] = (string?)value; break;
            case double?[] number: number[row] = value is null ? null : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case int?[] integer: integer[row] = value is null ? null : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case bool?[] flag: flag[row] = (bool?)value; break;
        }
    }

    // Called for most cells of a file: the common case is kept small enough to be inlined into the validator's loop.
    /// <summary>Writes a number (or a Likert score into an integer column) into the current row without boxing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetNumber(int column, int row, double? value)
    {
        if (_numbers[column] is { } number) number[row] = value;
        else SetWholeNumber(column, row, value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetWholeNumber(int column, int row, double? value)
    {
        if (_integers[column] is { } integer) integer[row] = value is { } v ? Convert.ToInt32(v) : null;
        else Set(column, row, value);
    }

    /// <summary>Writes a text value into the current row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetText(int column, int row, string? value)
    {
        if (_texts[column] is { } text) text[row] = value;
        else Set(column, row, value);
    }

    /// <summary>Writes a checkbox value into the current row without boxing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetFlag(int column, int row, bool? value)
    {
        if (_flags[column] is { } flag) flag[row] = value;
        else Set(column, row, value);
    }

    /// <summary>Whether a value of the current batch is null, without boxing it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsNull(int column, int row) =>
        _numbers[column] is { } number ? number[row] is null
        : _texts[column] is { } text ? text[row] is null
        : _integers[column] is { } integer ? integer[row] is null
        : _flags[column]![row] is null;

    /// <summary>A value of a number column, or null when it is empty or the column holds no doubles.</summary>
    public double? GetNumber(int column, int row) => _numbers[column] is { } number ? number[row] : null;

    /// <summary>Reads a value of the current batch.</summary>
    public object? Get(int column, int row) => _columns[column].GetValue(row);

    /// <summary>The committed values of a column as a right-sized array (string?[], double?[], int?[] or bool?[]).</summary>
    public Array ColumnValues(int column)
    {
        var source = _columns[column];
        if (Count == Capacity) return source;
        var slice = Array.CreateInstance(source.GetType().GetElementType()!, Count);
        Array.Copy(source, slice, Count);
        return slice;
    }
}
