namespace PohAnalytics.Core.Statistics.Proportions;

/// <summary>
/// Wilson score interval for a binomial proportion; the interval R's
/// <c>prop.test(x, n, correct = FALSE)</c> reports. Well behaved at x = 0 and x = n, unlike the Wald interval.
/// </summary>
/// <param name="Successes">Number (or weighted/effective number) of respondents with the characteristic.</param>
/// <param name="N">Number (or effective number) of respondents.</param>
/// <param name="Proportion">Observed proportion x/n; <c>null</c> when n = 0.</param>
/// <param name="Interval">The Wilson interval; <c>null</c> when n = 0 (a proportion of nobody is undefined).</param>
/// <param name="ConfidenceLevel">Confidence level used, e.g. 0.95.</param>
public sealed record WilsonInterval(double Successes, double N, double? Proportion, ConfidenceInterval? Interval, double ConfidenceLevel)
{
    /// <summary>Whether a proportion and interval exist (n &gt; 0).</summary>
    public bool IsDefined => Interval.HasValue;

    /// <summary>Computes the Wilson score interval.</summary>
    /// <param name="successes">Count with the characteristic, 0 ≤ x ≤ n; non-integer values are accepted (effective counts).</param>
    /// <param name="n">Number of respondents, ≥ 0. n = 0 gives an undefined result, not an exception.</param>
    /// <param name="confidenceLevel">Confidence level strictly between 0 and 1.</param>
    /// <returns>The proportion and its interval, or an undefined result when n = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">x or n negative or non-finite, x &gt; n, or an invalid level.</exception>
    public static WilsonInterval Compute(double successes, double n, double confidenceLevel = 0.95)
    {
        StatisticsGuard.NonNegative(successes, nameof(successes));
        StatisticsGuard.NonNegative(n, nameof(n));
        StatisticsGuard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));
        if (successes > n)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"Successes ({successes}) cannot exceed n ({n}).");
        }

        if (n == 0)
        {
            return new WilsonInterval(successes, n, null, null, confidenceLevel);
        }

        var p = successes / n;
        var z = StatisticsGuard.NormalCritical(confidenceLevel);
        var z22n = z * z / (2 * n);
        var spread = z * Math.Sqrt((p * (1 - p) / n) + (z22n / (2 * n)));
        var denominator = 1 + (2 * z22n);

        // Pin the bounds at x = 0 and x = n exactly, as R does, so rounding never yields -1e-17 or 1.0000000000000002.
        var lower = p <= 0 ? 0 : (p + z22n - spread) / denominator;
        var upper = p >= 1 ? 1 : (p + z22n + spread) / denominator;
        return new WilsonInterval(successes, n, p, new ConfidenceInterval(lower, upper, confidenceLevel), confidenceLevel);
    }
}
