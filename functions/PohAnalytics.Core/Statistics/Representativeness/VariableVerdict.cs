using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>The verdict on one variable, with the numbers it rests on and the rule next to it.</summary>
/// <param name="Variable">Codebook variable id.</param>
/// <param name="Label">Codebook label.</param>
/// <param name="Verdict">Comparable, differs, inconclusive, not measured or insufficient data.</param>
/// <param name="AbsSmd">Largest |SMD| over the variable's comparisons; null when none or withheld.</param>
/// <param name="PValue">Smallest Holm-adjusted p-value over the variable's tests; null when none or withheld.</param>
/// <param name="Rule">The rule applied, in words.</param>
public sealed record VariableVerdict(string Variable, LocalizedText Label, Verdict Verdict, double? AbsSmd, double? PValue, string Rule)
{
    /// <summary>Largest TOST p-value over the variable's comparisons (all must be below 0.05 for "comparable").</summary>
    public double? EquivalencePValue { get; init; }
    /// <summary>Largest |sample − benchmark| over the variable's percentages, in percentage points; null when none or withheld.</summary>
    public double? AbsBiasPoints { get; init; }
    /// <summary>Tests in the Holm family (z-tests, distribution test, Welch test).</summary>
    public int TestCount { get; init; }
}
