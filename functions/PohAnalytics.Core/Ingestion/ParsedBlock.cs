using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Source rows read and parsed ahead of their validation, with the parsed mapped cells of each row; a file-level error met
/// while reading them is kept, to be raised after the rows read before it were validated.
/// </summary>
internal sealed class ParsedBlock(int capacity, int cellsPerRow)
{
    private readonly int[] _cells = new int[capacity * cellsPerRow];

    /// <summary>The rows, in file order.</summary>
    public List<SourceRow> Rows { get; } = new(capacity);

    /// <summary>The values parsed for one row alone, which the cells of <see cref="CellsOf"/> point to by a negative index.</summary>
    public List<CellValue> Unremembered { get; } = [];

    /// <summary>The error that ended reading after <see cref="Rows"/>, or null.</summary>
    public ExceptionDispatchInfo? Failure { get; private set; }

    /// <summary>Whether reading ended with this block (the file's end or an error).</summary>
    public bool IsLast => Rows.Count < capacity || Failure is not null;

    /// <summary>Empties the block and reads the next rows into it, up to its capacity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Fill(IEnumerator<SourceRow> rows)
    {
        Rows.Clear();
        Unremembered.Clear();
        Failure = null;
        try
        {
            while (Rows.Count < capacity && rows.MoveNext()) Rows.Add(rows.Current);
        }
        catch (Exception ex)
        {
            Failure = ExceptionDispatchInfo.Capture(ex);
        }
    }

    /// <summary>The parsed cells of row <paramref name="row"/> of the block (see <see cref="RowValidator.ParseCells"/>).</summary>
    public Span<int> CellsOf(int row) => _cells.AsSpan(row * cellsPerRow, cellsPerRow);
}
