namespace PohAnalytics.Core.Ingestion;

/// <summary>A rejected cell: where it is, what it held and why it was refused.</summary>
/// <param name="RowNumber">Row number in the source file (as a person sees it).</param>
/// <param name="Column">Column header as written in the export.</param>
/// <param name="Value">The cell's text.</param>
/// <param name="Reason">Why it was refused: out of range, unknown category, not a number, ragged row…</param>
public sealed record CellError(int RowNumber, string Column, string? Value, string Reason)
{
    /// <summary>A one-line message that names the file, row and column.</summary>
    public string Describe(string fileName) => $"{fileName}, row {RowNumber}, column \"{Column}\": \"{Value}\" — {Reason}";
}
