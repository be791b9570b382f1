namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// The verdict rule. comparable: every comparison of the variable is shown equivalent by a TOST at α = 0.05 (its 90%
/// interval of the difference lies inside the margin: ±5 percentage points for a percentage, ±0.1 SD for a mean, i.e.
/// |SMD| &lt; 0.1); all must pass, so no multiplicity adjustment is needed (intersection–union). differs: the smallest
/// Holm-adjusted p over the variable's tests is below 0.05 and its largest |SMD| is at least 0.1. inconclusive: anything
/// else. A significant test alone does not make "differs" (large benchmarks make trivial differences significant), and
/// "not significant" never makes "comparable" (a small sample hides differences behind wide intervals).
/// </summary>
public static class VerdictRule
{
    /// <summary>Equivalence margin of a percentage, in percentage points.</summary>
    public const double ProportionMarginPoints = 5;
    /// <summary>Equivalence margin of a mean, in SDs (the |SMD| balance threshold).</summary>
    public const double MeanMarginSd = 0.1;
    /// <summary>|SMD| from which a significant difference counts (the usual balance threshold).</summary>
    public const double BalanceSmd = 0.1;
    /// <summary>|SMD| of a small effect by Cohen's bands (reported, not part of the rule).</summary>
    public const double LargeSmd = 0.2;
    /// <summary>Significance level of the Holm-adjusted tests and of each one-sided equivalence test.</summary>
    public const double Alpha = 0.05;

    /// <summary>The rule in words, served next to every verdict.</summary>
    public const string Text =
        "comparable: every comparison is shown equivalent by a TOST at α = 0.05, i.e. the 90% interval of the difference lies " +
        "within ±5 percentage points (percentages) or within ±0.1 SD (means, i.e. |SMD| < 0.1). differs: the smallest " +
        "Holm-adjusted p-value over the variable's tests (z-tests, chi-square or Rao–Scott test, Welch test; Monte-Carlo p when " +
        "an expected count is below 5) is below 0.05 and the largest |SMD| is at least 0.1. inconclusive: anything else. " +
        "not measured: the benchmark has no figure for the variable.";

    /// <summary>Applies the rule.</summary>
    /// <param name="absSmd">Largest |SMD|, or null when no SMD is defined.</param>
    /// <param name="holmP">Smallest Holm-adjusted p-value, or null when no test is defined.</param>
    /// <param name="allEquivalent">Whether every comparison passed its TOST (false when one could not be run).</param>
    public static Verdict Apply(double? absSmd, double? holmP, bool allEquivalent)
    {
        if (absSmd is not { } smd) return Verdict.InsufficientData;
        if (allEquivalent) return Verdict.Comparable;
        return holmP is { } p && p < Alpha && smd >= BalanceSmd ? Verdict.Differs : Verdict.Inconclusive;
    }
}
