namespace PohAnalytics.Core.Statistics.Proportions;

/// <summary>
/// Two-sample comparison of proportions, e.g. the study sample against a published benchmark that is itself a
/// sample of known size. The z statistic uses the pooled standard error; the confidence interval of the difference
/// uses the unpooled (Wald) standard error. This matches R's <c>prop.test(c(x1, x2), c(n1, n2), correct = FALSE)</c>
/// (its X-squared equals z²).
/// </summary>
/// <param name="Proportion1">Proportion in group 1 (x1/n1), usually the sample.</param>
/// <param name="N1">Size of group 1.</param>
/// <param name="Proportion2">Proportion in group 2 (x2/n2), usually the benchmark.</param>
/// <param name="N2">Size of group 2.</param>
/// <param name="PooledProportion">(x1 + x2)/(n1 + n2).</param>
/// <param name="Difference">p1 − p2 as a proportion.</param>
/// <param name="DifferenceInterval">Wald interval of p1 − p2 (unpooled standard error), as proportions.</param>
/// <param name="Z">Pooled z statistic; <c>null</c> when undefined (see <see cref="UndefinedReason"/>).</param>
/// <param name="PValue">Two-sided p-value of <see cref="Z"/>; <c>null</c> when z is undefined.</param>
/// <param name="UndefinedReason">Why z is undefined, or <c>null</c> when it is defined.</param>
public sealed record TwoProportionZTest(
    double Proportion1,
    double N1,
    double Proportion2,
    double N2,
    double PooledProportion,
    double Difference,
    ConfidenceInterval DifferenceInterval,
    double? Z,
    double? PValue,
    string? UndefinedReason)
{
    /// <summary>Difference p1 − p2 in percentage points.</summary>
    public double DifferencePercentagePoints => Difference * 100;

    /// <summary>Whether the z statistic and p-value are defined.</summary>
    public bool IsTestDefined => Z.HasValue;

    /// <summary>Compares two proportions given as counts.</summary>
    /// <param name="x1">Count in group 1; may be non-integer when reconstructed from a percentage.</param>
    /// <param name="n1">Size of group 1, &gt; 0.</param>
    /// <param name="x2">Count in group 2; may be non-integer when reconstructed from a percentage.</param>
    /// <param name="n2">Size of group 2, &gt; 0.</param>
    /// <param name="confidenceLevel">Confidence level of the difference interval.</param>
    /// <returns>The test result; z is <c>null</c> (with a reason) when both groups are all 0% or all 100%.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A group is empty, a count is negative or exceeds its n, or an invalid level.
    /// Comparing an empty group is a caller error: check n (and disclosure rules) first.</exception>
    public static TwoProportionZTest Compute(double x1, double n1, double x2, double n2, double confidenceLevel = 0.95)
    {
        CheckGroup(x1, n1, nameof(x1), nameof(n1));
        CheckGroup(x2, n2, nameof(x2), nameof(n2));
        StatisticsGuard.ConfidenceLevel(confidenceLevel, nameof(confidenceLevel));

        var p1 = x1 / n1;
        var p2 = x2 / n2;
        var pooled = (x1 + x2) / (n1 + n2);
        var difference = p1 - p2;

        var waldSe = Math.Sqrt((p1 * (1 - p1) / n1) + (p2 * (1 - p2) / n2));
        var margin = StatisticsGuard.NormalCritical(confidenceLevel) * waldSe;
        var interval = new ConfidenceInterval(difference - margin, difference + margin, confidenceLevel);

        var pooledSe = Math.Sqrt(pooled * (1 - pooled) * ((1 / n1) + (1 / n2)));
        if (pooledSe == 0)
        {
            var reason = pooled <= 0
                ? "Both groups are 0%: with no variation the z statistic is undefined."
                : "Both groups are 100%: with no variation the z statistic is undefined.";
            return new TwoProportionZTest(p1, n1, p2, n2, pooled, difference, interval, null, null, reason);
        }

        var z = difference / pooledSe;
        return new TwoProportionZTest(p1, n1, p2, n2, pooled, difference, interval, z, StatisticsGuard.TwoSidedNormalP(z), null);
    }

    /// <summary>Compares two proportions given as proportions and sizes, e.g. a published benchmark percentage / 100.</summary>
    /// <param name="p1">Proportion in group 1, in [0, 1].</param>
    /// <param name="n1">Size of group 1, &gt; 0.</param>
    /// <param name="p2">Proportion in group 2, in [0, 1].</param>
    /// <param name="n2">Size of group 2, &gt; 0.</param>
    /// <param name="confidenceLevel">Confidence level of the difference interval.</param>
    /// <returns>The test result, computed with counts p × n (not rounded).</returns>
    public static TwoProportionZTest FromProportions(double p1, double n1, double p2, double n2, double confidenceLevel = 0.95)
    {
        StatisticsGuard.Proportion(p1, nameof(p1));
        StatisticsGuard.Proportion(p2, nameof(p2));
        return Compute(p1 * n1, n1, p2 * n2, n2, confidenceLevel);
    }

    private static void CheckGroup(double x, double n, string xName, string nName)
    {
        StatisticsGuard.NonNegative(x, xName);
        if (!(double.IsFinite(n) && n > 0))
        {
            throw new ArgumentOutOfRangeException(nName, n, "Group size must be a finite number > 0.");
        }

        if (x > n)
        {
            throw new ArgumentOutOfRangeException(xName, x, $"Count ({x}) cannot exceed the group size ({n}).");
        }
    }
}
