namespace PohAnalytics.Core.Codebook;

/// <summary>A policy norm attached to a variable: met when the value is within bounds or in one of the categories.</summary>
/// <param name="Id">Stable norm id.</param>
/// <param name="Label">Display label.</param>
/// <param name="AtLeast">Inclusive minimum for numeric variables.</param>
/// <param name="AtMost">Inclusive maximum for numeric variables.</param>
/// <param name="Categories">Category codes that meet the norm, for categorical variables.</param>
public sealed record NormDefinition(string Id, LocalizedText Label, double? AtLeast = null, double? AtMost = null, IReadOnlyList<string>? Categories = null);
