namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>Plain verdict on one variable of a dataset against a benchmark (see <see cref="VerdictRule"/>).</summary>
public enum Verdict
{
    /// <summary>Shown equivalent: every comparison's difference lies inside its equivalence margin (TOST, p &lt; 0.05).</summary>
    Comparable,
    /// <summary>Significant after Holm adjustment over the variable's tests, with |SMD| ≥ 0.1.</summary>
    Differs,
    /// <summary>The benchmark did not measure this variable.</summary>
    NotMeasured,
    /// <summary>The benchmark measured it but the sample has no usable answers.</summary>
    InsufficientData,
    /// <summary>Neither shown equivalent nor shown to differ (usually: the sample is too small to tell).</summary>
    Inconclusive,
}
