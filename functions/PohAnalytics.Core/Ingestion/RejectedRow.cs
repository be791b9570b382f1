namespace PohAnalytics.Core.Ingestion;

/// <summary>A source row kept aside with its reasons. Holds only codebook columns, never personal data.</summary>
/// <param name="RowNumber">Row number in the source file.</param>
/// <param name="Errors">Every problem found in the row.</param>
/// <param name="Cells">Raw texts of the mapped columns, by header.</param>
public sealed record RejectedRow(int RowNumber, IReadOnlyList<CellError> Errors, IReadOnlyList<KeyValuePair<string, string?>> Cells);
