namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>A value that is no alias but equals one category after normalisation (case, accents, punctuation, articles).</summary>
/// <param name="Column">Column header as written in the export.</param>
/// <param name="Variable">Codebook variable.</param>
/// <param name="Value">The value as written.</param>
/// <param name="Category">The category it was mapped to.</param>
/// <param name="Rows">How many cells.</param>
public sealed record AutoMappedValue(string Column, string Variable, string Value, string Category, long Rows);
