using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Ingestion;

/// <summary>A rejected cell: where it is, what it held and why it was refused.</summary>
/// <param name="RowNumber">Row number in the source file (as a person sees it).</param>
/// <param name="Column">Column header as written in the export.</param>
/// <param name="Value">The cell's text, or a placeholder such as "[e-mail removed]" when it looks like personal data.</param>
/// <param name="Reason">Why it was refused: out of range, unknown category, not a number, ragged row…</param>
public sealed record CellError(int RowNumber, string Column, string? Value, string Reason)
{
    /// <summary>The kind of personal data the cell looks like (its value is then masked), or null.</summary>
    public PersonalDataKind? PersonalData { get; init; }

    /// <summary>
    /// A refused cell, its value masked when <paramref name="personalData"/> found personal data in it; the reason then
    /// names the kind ("looks like an e-mail address"), after <paramref name="reason"/> when the cell was also invalid.
    /// </summary>
    public static CellError Of(int rowNumber, string column, string? value, string? reason, PersonalDataFinding? personalData) =>
        personalData is { } found
            ? new CellError(rowNumber, column, found.Placeholder,
                reason is null || reason == found.Reason ? found.Reason : $"{reason}; {found.Reason}")
            {
                PersonalData = found.Kind,
            }
            : new CellError(rowNumber, column, value, reason ?? "invalid");

    /// <summary>A one-line message that names the file, row and column.</summary>
    public string Describe(string fileName) => $"{fileName}, row {RowNumber}, column \"{Column}\": \"{Value}\" — {Reason}";
}
