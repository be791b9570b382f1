namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>A codebook variable an unmapped header probably is.</summary>
/// <param name="Variable">Variable id.</param>
/// <param name="Label">The variable's label.</param>
/// <param name="Score">Similarity from 0 (nothing alike) to 1 (the same after normalisation).</param>
/// <param name="MatchedText">The header alias or label of the variable that is most like the header.</param>
public sealed record VariableSuggestion(string Variable, LocalizedText Label, double Score, string MatchedText);
