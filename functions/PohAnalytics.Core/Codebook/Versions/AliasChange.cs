namespace PohAnalytics.Core.Codebook.Versions;

/// <summary>
/// One alias staff add: a value <paramref name="Alias"/> of category <paramref name="Category"/>, or a column
/// <paramref name="Header"/> of variable <paramref name="Variable"/>.
/// </summary>
/// <param name="Variable">Codebook variable id.</param>
/// <param name="Category">Category code (value aliases).</param>
/// <param name="Alias">The value as exports write it.</param>
/// <param name="Header">The column header as exports write it.</param>
public sealed record AliasChange(string? Variable, string? Category = null, string? Alias = null, string? Header = null);
