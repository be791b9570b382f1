namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>An unmapped header, as the current codebook sees it.</summary>
/// <param name="Header">The header as written.</param>
/// <param name="MappedTo">The variable (or <c>variable__option</c>) the current codebook maps it to, or null.</param>
/// <param name="Suggestions">Most likely variables, best first.</param>
public sealed record HeaderReview(string Header, string? MappedTo, IReadOnlyList<VariableSuggestion> Suggestions);
