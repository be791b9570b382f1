namespace PohAnalytics.Core.Ingestion;

/// <summary>One row of a source file as text cells.</summary>
/// <param name="RowNumber">The row number a person sees: the CSV record number or the spreadsheet row, 1-based.</param>
/// <param name="Cells">Cell texts; null or empty for empty cells.</param>
public readonly record struct SourceRow(int RowNumber, string?[] Cells)
{
    /// <summary>Whether every cell is empty.</summary>
    public bool IsBlank
    {
        get
        {
            foreach (var cell in Cells)
                if (!string.IsNullOrWhiteSpace(cell)) return false;
            return true;
        }
    }
}
