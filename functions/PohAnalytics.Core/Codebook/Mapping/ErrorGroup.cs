namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>
/// The cell errors of one column with the same reason and value (for an unknown category: one distinct unknown value),
/// counted, with the first row numbers; the per-cell detail is in the rejects file.
/// </summary>
/// <param name="Column">Column header as written in the export.</param>
/// <param name="Variable">The codebook variable of the column, or null (whole-row and derived errors).</param>
/// <param name="Reason">Why the cells were refused.</param>
/// <param name="Value">The value (masked when it looks like personal data); null when the reason does not depend on it.</param>
/// <param name="Rows">How many cells.</param>
/// <param name="FirstRows">The first row numbers, in file order.</param>
/// <param name="Suggestions">For an unknown category: the most likely categories, best first.</param>
public sealed record ErrorGroup(
    string Column, string? Variable, string Reason, string? Value, long Rows, IReadOnlyList<int> FirstRows,
    IReadOnlyList<CategorySuggestion> Suggestions)
{
    /// <summary>The reason <see cref="CellParser"/> gives for a value that is no category of the variable.</summary>
    public const string UnknownCategory = "unknown category";
}
