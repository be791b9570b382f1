using System.Runtime.InteropServices;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Storage.Parquet;

/// <summary>
/// Codes a text column from its raw Parquet cells (its distinct values in order of first appearance, each row's position,
/// the count of each) without a string per cell. A column of (nearly) unique texts, such as respondent numbers, stops
/// coding after <see cref="MaxDistinct"/> distinct values and is kept as strings instead.
/// </summary>
internal sealed class TextColumnCoder
{
    /// <summary>Distinct texts a column may have and still be coded.</summary>
    public const int MaxDistinct = 4_096;

    // Within a row group Parquet.Net hands every cell of one dictionary entry the same character buffer, so a category
    // column is coded by the buffer's identity, with one lookup of the text per entry instead of a hash per cell.
    private const int MaxBuffersPerGroup = 1_024;

    private readonly int _rowCount;
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _positionOfText;
    private readonly Dictionary<char[], int> _positionOfBuffer = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _values = [];
    private readonly List<int> _counts = [];
    private int[]? _rows;
    private string?[]? _strings;

    /// <summary>Codes a column of <paramref name="rowCount"/> rows.</summary>
    public TextColumnCoder(int rowCount)
    {
        _rowCount = rowCount;
        _rows = new int[rowCount];
        _positionOfText = _positions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The coding, or null when the column had more than <see cref="MaxDistinct"/> distinct texts.</summary>
    public CodedColumn? Coding => _rows is null ? null : CodedColumn.FromPositions([.. _values], _rows, [.. _counts]);

    /// <summary>The column as strings when it was not coded, otherwise null.</summary>
    public string?[]? Strings => _strings;

    /// <summary>
    /// Adds one row group: <paramref name="definitionLevels"/> per row (empty when the column cannot be null) and the
    /// non-null <paramref name="cells"/> in row order, for rows from <paramref name="offset"/> on.
    /// </summary>
    public void Add(int offset, int rowCount, ReadOnlySpan<ReadOnlyMemory<char>> cells, ReadOnlySpan<int> definitionLevels, int maxLevel)
    {
        _positionOfBuffer.Clear();
        char[]? lastBuffer = null;
        var lastPosition = -1;
        var next = 0;
        for (var r = 0; r < rowCount; r++)
        {
            var row = offset + r;
            if (maxLevel > 0 && definitionLevels[r] < maxLevel)
            {
                if (_rows is not null) _rows[row] = -1;
                continue;
            }
            var cell = cells[next++];
            if (_rows is null)
            {
                _strings![row] = new string(cell.Span);
                continue;
            }
            var buffer = WholeBuffer(cell);
            int position;
            if (buffer is not null && ReferenceEquals(buffer, lastBuffer)) position = lastPosition;
            else if (buffer is null || !_positionOfBuffer.TryGetValue(buffer, out position))
            {
                position = PositionOf(cell.Span);
                if (position < 0)
                {
                    StopCoding(row);
                    _strings![row] = new string(cell.Span);
                    continue;
                }
                if (buffer is not null && _positionOfBuffer.Count < MaxBuffersPerGroup) _positionOfBuffer[buffer] = position;
            }
            lastBuffer = buffer;
            lastPosition = position;
            _rows[row] = position;
            _counts[position]++;
        }
    }

    // Only a buffer that holds exactly this text identifies it; a slice of a larger buffer is looked up by its text.
    private static char[]? WholeBuffer(ReadOnlyMemory<char> cell) =>
        MemoryMarshal.TryGetArray(cell, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : null;

    private int PositionOf(ReadOnlySpan<char> text)
    {
        if (_positionOfText.TryGetValue(text, out var position)) return position;
        if (_values.Count == MaxDistinct) return -1;
        var value = new string(text);
        _positions.Add(value, _values.Count);
        _values.Add(value);
        _counts.Add(0);
        return _values.Count - 1;
    }

    // The rows coded so far become strings (each distinct text still held once); the rest are read as they come.
    private void StopCoding(int firstUncoded)
    {
        _strings = new string?[_rowCount];
        for (var r = 0; r < firstUncoded; r++) _strings[r] = _rows![r] < 0 ? null : _values[_rows[r]];
        _rows = null;
    }
}
