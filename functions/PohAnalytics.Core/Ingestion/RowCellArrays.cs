using System.Collections.Concurrent;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// The cell arrays of rows the pipeline is done with, handed back to the reader thread to be filled again: a row array
/// per row is most of what reading allocates, and it lives long enough (blocks ahead, a block being validated) to be
/// copied by the garbage collector.
/// </summary>
internal sealed class RowCellArrays
{
    private const int MaxKept = 16 * 1024;
    private readonly ConcurrentQueue<string?[]> _returned = new();

    /// <summary>
    /// An array of exactly <paramref name="length"/> cells, returned earlier or new; its old cells are to be overwritten.
    /// </summary>
    public string?[] Rent(int length)
    {
        while (_returned.TryDequeue(out var cells))
            if (cells.Length == length) return cells;
        return new string?[length];
    }

    /// <summary>Takes back the cells of a row nothing refers to any more.</summary>
    public void Return(string?[] cells)
    {
        if (_returned.Count < MaxKept) _returned.Enqueue(cells);
    }
}
