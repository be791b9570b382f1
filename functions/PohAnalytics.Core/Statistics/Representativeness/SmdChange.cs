using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>The SMD of one benchmark figure before and after weighting.</summary>
/// <param name="Variable">Codebook variable id.</param>
/// <param name="Categories">Category codes (empty for a mean).</param>
/// <param name="Label">Codebook label.</param>
/// <param name="Before">Unweighted SMD.</param>
/// <param name="After">Weighted SMD.</param>
/// <param name="Withheld">Whether withheld by small-cell suppression.</param>
public sealed record SmdChange(string Variable, IReadOnlyList<string> Categories, LocalizedText Label, double? Before, double? After, bool Withheld = false);
