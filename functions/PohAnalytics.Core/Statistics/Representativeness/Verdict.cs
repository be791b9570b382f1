namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>Plain verdict on one variable of a dataset against a benchmark.</summary>
public enum Verdict
{
    /// <summary>The sample and the benchmark are comparable on this variable (see <see cref="VerdictRule"/>).</summary>
    Comparable,
    /// <summary>The sample differs from the benchmark on this variable.</summary>
    Differs,
    /// <summary>The benchmark did not measure this variable.</summary>
    NotMeasured,
    /// <summary>The benchmark measured it but the sample has no usable answers.</summary>
    InsufficientData,
}
