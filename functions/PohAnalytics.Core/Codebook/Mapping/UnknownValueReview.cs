namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>An unknown value of a column, as the current codebook sees it.</summary>
/// <param name="Column">Column header.</param>
/// <param name="Variable">Codebook variable.</param>
/// <param name="Value">The value as written.</param>
/// <param name="Rows">Rows rejected for it.</param>
/// <param name="FirstRows">First row numbers.</param>
/// <param name="MappedTo">The category the current codebook maps it to, or null while unknown.</param>
/// <param name="Suggestions">Most likely categories, best first.</param>
public sealed record UnknownValueReview(
    string Column, string Variable, string? Value, long Rows, IReadOnlyList<int> FirstRows, string? MappedTo,
    IReadOnlyList<CategorySuggestion> Suggestions);
