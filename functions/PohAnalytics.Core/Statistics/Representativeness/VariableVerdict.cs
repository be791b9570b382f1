using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>The verdict on one variable, with the numbers it rests on and the rule next to it.</summary>
/// <param name="Variable">Codebook variable id.</param>
/// <param name="Label">Codebook label.</param>
/// <param name="Verdict">Comparable, differs, not measured or insufficient data.</param>
/// <param name="AbsSmd">Largest |SMD| over the variable's comparisons; null when none or withheld.</param>
/// <param name="PValue">Smallest p-value of its tests; null when none or withheld.</param>
/// <param name="Rule">The rule applied, in words.</param>
public sealed record VariableVerdict(string Variable, LocalizedText Label, Verdict Verdict, double? AbsSmd, double? PValue, string Rule);
