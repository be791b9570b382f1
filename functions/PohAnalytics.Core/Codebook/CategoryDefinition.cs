namespace PohAnalytics.Core.Codebook;

/// <summary>One category (or multi-response option, or Likert point) of a variable.</summary>
/// <param name="Code">Stable code stored in Parquet.</param>
/// <param name="Label">Display label.</param>
/// <param name="Aliases">Values (and, for multi-response options, header fragments) seen in exports.</param>
public sealed record CategoryDefinition(string Code, LocalizedText Label, IReadOnlyList<string> Aliases);
