namespace PohAnalytics.Core.Ingestion;

/// <summary>A table inside a source file (a CSV has one, a workbook one per worksheet).</summary>
/// <param name="Format">Physical format details.</param>
/// <param name="Rows">The rows, streamed once.</param>
public sealed record SourceSheet(SourceFormat Format, IEnumerable<SourceRow> Rows)
{
    /// <summary>What the reader noticed that may change how the data reads (encoding, macros); shown in the report.</summary>
    public List<string> Warnings { get; init; } = [];

    /// <summary>Where the cell arrays of rows the caller is done with go back to the reader, or null when it reuses none.</summary>
    internal RowCellArrays? ReturnedCells { get; init; }

    /// <summary>Where the caller tells the reader which columns it never reads, or null when the reader reads them all.</summary>
    internal UnreadColumns? Unread { get; init; }
}
