namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>A codebook category an unknown value probably means.</summary>
/// <param name="Category">Category code.</param>
/// <param name="Label">The category's label.</param>
/// <param name="Score">Similarity from 0 (nothing alike) to 1 (the same after normalisation).</param>
/// <param name="MatchedText">The label or alias of the category that is most like the value.</param>
public sealed record CategorySuggestion(string Category, LocalizedText Label, double Score, string MatchedText);
