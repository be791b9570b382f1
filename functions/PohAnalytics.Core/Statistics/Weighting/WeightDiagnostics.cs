namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>
/// Diagnostics of a set of survey weights: Kish design effect deff = n·Σw²/(Σw)², effective sample size
/// (Σw)²/Σw² = n/deff, and the weight range.
/// </summary>
/// <param name="N">Number of weights.</param>
/// <param name="SumOfWeights">Σw.</param>
/// <param name="SumOfSquaredWeights">Σw².</param>
/// <param name="DesignEffect">Kish design effect due to unequal weighting; 1 for equal weights.</param>
/// <param name="EffectiveSampleSize">(Σw)²/Σw².</param>
/// <param name="MinWeight">Smallest weight.</param>
/// <param name="MaxWeight">Largest weight.</param>
public sealed record WeightDiagnostics(
    int N,
    double SumOfWeights,
    double SumOfSquaredWeights,
    double DesignEffect,
    double EffectiveSampleSize,
    double MinWeight,
    double MaxWeight)
{
    /// <summary>Ratio of the largest to the smallest weight; infinite when the smallest is 0.</summary>
    public double MaxToMinRatio => MaxWeight / MinWeight;

    /// <summary>Computes diagnostics of the weights.</summary>
    /// <param name="weights">Non-negative finite weights with a positive sum.</param>
    /// <returns>The diagnostics.</returns>
    /// <exception cref="ArgumentException">No weights, a negative or non-finite weight, or all weights 0.</exception>
    public static WeightDiagnostics From(IEnumerable<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        int n = 0;
        double sum = 0, sumSquares = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var w in weights)
        {
            if (!(double.IsFinite(w) && w >= 0))
            {
                throw new ArgumentException($"Weight {n} is {w}; weights must be finite and ≥ 0.", nameof(weights));
            }

            n++;
            sum += w;
            sumSquares += w * w;
            min = Math.Min(min, w);
            max = Math.Max(max, w);
        }

        if (n == 0 || sum <= 0)
        {
            throw new ArgumentException("Weight diagnostics need at least one positive weight.", nameof(weights));
        }

        var effectiveN = sum * sum / sumSquares;
        return new WeightDiagnostics(n, sum, sumSquares, n / effectiveN, effectiveN, min, max);
    }
}
