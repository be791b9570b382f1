namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// The verdict rule: a variable differs when its largest |SMD| is at least 0.2 (a small effect by Cohen's bands), or when
/// a test is significant (p &lt; 0.05) and |SMD| is at least 0.1 (the usual balance threshold). Otherwise it is comparable.
/// Requiring |SMD| ≥ 0.1 next to p keeps large benchmarks (n = 1,303) from calling trivial differences "differs";
/// the |SMD| ≥ 0.2 branch keeps a small sample from hiding a real difference behind a wide interval.
/// </summary>
public static class VerdictRule
{
    /// <summary>|SMD| from which a variable differs whatever the p-value.</summary>
    public const double LargeSmd = 0.2;
    /// <summary>|SMD| from which a significant difference counts.</summary>
    public const double BalanceSmd = 0.1;
    /// <summary>Significance level.</summary>
    public const double Alpha = 0.05;

    /// <summary>The rule in words, served next to every verdict.</summary>
    public const string Text =
        "differs when |SMD| ≥ 0.2, or when p < 0.05 and |SMD| ≥ 0.1; otherwise comparable. |SMD| is the largest absolute " +
        "standardized difference over the variable's compared categories (or of its mean); p is the smallest p-value of its " +
        "z-tests, chi-square test or Welch test (means without a benchmark SD have no test). not measured: the benchmark has no figure for the variable.";

    /// <summary>Applies the rule.</summary>
    /// <param name="absSmd">Largest |SMD|, or null when no SMD is defined.</param>
    /// <param name="p">Smallest p-value, or null when no test is defined.</param>
    public static Verdict Apply(double? absSmd, double? p)
    {
        if (absSmd is not { } smd) return Verdict.InsufficientData;
        if (smd >= LargeSmd) return Verdict.Differs;
        return p is { } pValue && pValue < Alpha && smd >= BalanceSmd ? Verdict.Differs : Verdict.Comparable;
    }
}
