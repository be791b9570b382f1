namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>An unmapped header with the variables it most likely is.</summary>
/// <param name="Header">The header as written in the export.</param>
/// <param name="Suggestions">Best first; empty when nothing is alike.</param>
public sealed record HeaderSuggestion(string Header, IReadOnlyList<VariableSuggestion> Suggestions);
