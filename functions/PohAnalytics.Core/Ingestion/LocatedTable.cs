namespace PohAnalytics.Core.Ingestion;

/// <summary>A sheet whose header row has been found: the header, and the non-blank data rows below it, streamed once.</summary>
public sealed class LocatedTable : IDisposable
{
    private readonly Queue<SourceRow> _pending;
    private readonly IEnumerator<SourceRow> _rest;

    internal LocatedTable(SourceFormat format, SourceRow header, IEnumerable<SourceRow> scannedBelowHeader, IEnumerator<SourceRow> rest)
    {
        Format = format;
        Header = header;
        HeaderWidth = Array.FindLastIndex(header.Cells, c => !string.IsNullOrWhiteSpace(c)) + 1;
        _pending = new Queue<SourceRow>(scannedBelowHeader);
        _rest = rest;
    }

    /// <summary>
    /// What the reader and the header search noticed (encodings, look-alike letters, macros); more may follow while rows
    /// are read.
    /// </summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Where <see cref="Release"/> hands cell arrays back to the reader, or null.</summary>
    internal RowCellArrays? ReturnedCells { get; init; }

    /// <summary>Where <see cref="ReadColumnsOnly"/> tells the reader which columns are never read, or null.</summary>
    internal UnreadColumns? Unread { get; init; }

    /// <summary>Physical format of the sheet.</summary>
    public SourceFormat Format { get; }

    /// <summary>The header row.</summary>
    public SourceRow Header { get; }

    /// <summary>Cells up to the last non-empty header cell; data cells beyond it make a row ragged.</summary>
    public int HeaderWidth { get; }

    /// <summary>The first data rows (up to <paramref name="count"/>, fewer at the end of the sheet), without consuming them.</summary>
    public IReadOnlyList<SourceRow> Peek(int count)
    {
        while (_pending.Count < count && _rest.MoveNext())
            if (!_rest.Current.IsBlank) _pending.Enqueue(_rest.Current);
        return _pending.Take(count).ToList();
    }

    /// <summary>The non-blank data rows below the header, in file order; enumerate once.</summary>
    public IEnumerable<SourceRow> DataRows()
    {
        while (_pending.Count > 0) yield return _pending.Dequeue();
        while (_rest.MoveNext())
            if (!_rest.Current.IsBlank) yield return _rest.Current;
    }

    /// <summary>
    /// Lets the reader fill the cell array of a data row again; only for a row that nothing (report, rejects, batch)
    /// refers to by its array any more.
    /// </summary>
    internal void Release(SourceRow row) => ReturnedCells?.Return(row.Cells);

    /// <summary>
    /// Lets the reader leave the other columns below <see cref="HeaderWidth"/> unread in the data rows still to come: a
    /// cell there that is not blank may hold <see cref="UnreadColumns.Placeholder"/> instead of its text.
    /// </summary>
    internal void ReadColumnsOnly(IEnumerable<int> columns) => Unread?.Set(HeaderWidth, columns);

    /// <inheritdoc />
    public void Dispose() => _rest.Dispose();
}
