using MathNet.Numerics.Distributions;

namespace PohAnalytics.Core.Statistics.Inference;

/// <summary>
/// Two one-sided tests (TOST) of equivalence: H0 is |difference| ≥ margin. p_lower = P(T ≥ (d + margin)/se) tests
/// d ≤ −margin, p_upper = P(T ≤ (d − margin)/se) tests d ≥ margin, and p = max of both. At level α the difference is
/// equivalent when p &lt; α, which is the same as the (1 − 2α) interval d ± q·se lying inside (−margin, margin).
/// T is standard normal, or Student t when degrees of freedom are given.
/// </summary>
/// <param name="Difference">Estimated difference.</param>
/// <param name="StandardError">Its standard error.</param>
/// <param name="Margin">Equivalence margin (&gt; 0), in the units of the difference.</param>
/// <param name="DegreesOfFreedom">t degrees of freedom; null for the normal.</param>
/// <param name="PLower">p of the test against d ≤ −margin.</param>
/// <param name="PUpper">p of the test against d ≥ margin.</param>
/// <param name="Interval">The (1 − 2α) interval of the difference.</param>
public sealed record EquivalenceTest(
    double Difference, double StandardError, double Margin, double? DegreesOfFreedom, double PLower, double PUpper, ConfidenceInterval Interval)
{
    /// <summary>The TOST p-value, max(p_lower, p_upper).</summary>
    public double PValue => Math.Max(PLower, PUpper);

    /// <summary>Whether equivalence is shown at α (p &lt; α).</summary>
    /// <param name="alpha">Level of each one-sided test.</param>
    public bool IsEquivalent(double alpha = 0.05) => PValue < alpha;

    /// <summary>Runs both one-sided tests.</summary>
    /// <param name="difference">Estimated difference.</param>
    /// <param name="standardError">Standard error of the difference, &gt; 0.</param>
    /// <param name="margin">Equivalence margin, &gt; 0.</param>
    /// <param name="degreesOfFreedom">t degrees of freedom, or null for the normal.</param>
    /// <param name="alpha">Level of each one-sided test (the interval has level 1 − 2α).</param>
    /// <exception cref="ArgumentOutOfRangeException">A non-positive SE, margin or df.</exception>
    public static EquivalenceTest Compute(double difference, double standardError, double margin, double? degreesOfFreedom = null, double alpha = 0.05)
    {
        StatisticsGuard.Finite(difference, nameof(difference));
        if (!(double.IsFinite(standardError) && standardError > 0))
            throw new ArgumentOutOfRangeException(nameof(standardError), standardError, "The standard error must be > 0.");
        if (!(double.IsFinite(margin) && margin > 0))
            throw new ArgumentOutOfRangeException(nameof(margin), margin, "The equivalence margin must be > 0.");
        if (degreesOfFreedom is { } df && !(df > 0))
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), df, "Degrees of freedom must be > 0.");
        Func<double, double> cdf = degreesOfFreedom is { } nu ? q => StudentT.CDF(0, 1, nu, q) : q => Normal.CDF(0, 1, q);
        var quantile = degreesOfFreedom is { } v ? StudentT.InvCDF(0, 1, v, 1 - alpha) : Normal.InvCDF(0, 1, 1 - alpha);
        var pLower = cdf(-(difference + margin) / standardError);
        var pUpper = cdf((difference - margin) / standardError);
        var interval = new ConfidenceInterval(difference - (quantile * standardError), difference + (quantile * standardError), 1 - (2 * alpha));
        return new EquivalenceTest(difference, standardError, margin, degreesOfFreedom, pLower, pUpper, interval);
    }
}
