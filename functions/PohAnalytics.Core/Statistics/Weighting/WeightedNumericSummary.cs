using PohAnalytics.Core.Statistics.Means;

namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>
/// Weighted summary of a numeric variable. The mean is Σw·x/Σw; the SD is √(n/(n−1) · Σw(x − mean)²/Σw), the
/// variance estimator of R's <c>survey::svyvar</c>; the median is the weighted median (smallest value whose
/// cumulative weight reaches half the total, averaged with the next value on an exact tie, so equal weights give
/// the ordinary median). Missing values (<c>null</c> or NaN) are excluded.
/// </summary>
/// <param name="N">Respondents with a value.</param>
/// <param name="SumOfWeights">Σw over respondents with a value.</param>
/// <param name="EffectiveN">Kish effective n over respondents with a value.</param>
/// <param name="Mean">Weighted mean; <c>null</c> when there is no positive weight.</param>
/// <param name="StandardDeviation">Weighted SD; <c>null</c> when N &lt; 2 or no positive weight.</param>
/// <param name="Median">Weighted median; <c>null</c> when there is no positive weight.</param>
/// <param name="Min">Smallest value with a positive weight; <c>null</c> when none.</param>
/// <param name="Max">Largest value with a positive weight; <c>null</c> when none.</param>
public sealed record WeightedNumericSummary(
    int N,
    double SumOfWeights,
    double EffectiveN,
    double? Mean,
    double? StandardDeviation,
    double? Median,
    double? Min,
    double? Max)
{
    /// <summary>t interval of the weighted mean using the weighted SD and the effective n.</summary>
    /// <param name="confidenceLevel">Confidence level.</param>
    /// <returns>The interval; undefined when the effective n is below 2 or the summary is empty.</returns>
    public TInterval MeanInterval(double confidenceLevel = 0.95) =>
        TInterval.Compute(Mean ?? 0, StandardDeviation ?? 0, Mean.HasValue && StandardDeviation.HasValue ? EffectiveN : 0, confidenceLevel);

    /// <summary>Summarises weighted values.</summary>
    /// <param name="values">Per respondent value; <c>null</c> or NaN is missing.</param>
    /// <param name="weights">Per respondent weight, same order and length, finite and ≥ 0.</param>
    /// <returns>The weighted summary.</returns>
    public static WeightedNumericSummary Of(IReadOnlyList<double?> values, IReadOnlyList<double> weights)
    {
        var pairs = WeightedPairs.Present(values, weights, double.IsNaN);
        foreach (var (value, _) in pairs)
        {
            StatisticsGuard.Finite(value, nameof(values));
        }

        // Sorted as two arrays (no key delegate per comparison): a million weighted values sort in well under a second.
        var positiveValues = pairs.Where(p => p.Weight > 0).Select(p => p.Value).ToArray();
        var positiveWeights = pairs.Where(p => p.Weight > 0).Select(p => p.Weight).ToArray();
        Array.Sort(positiveValues, positiveWeights);
        var sum = 0.0;
        var sumOfSquares = 0.0;
        var weightedSum = 0.0;
        for (var i = 0; i < positiveValues.Length; i++)
        {
            sum += positiveWeights[i];
            sumOfSquares += positiveWeights[i] * positiveWeights[i];
            weightedSum += positiveWeights[i] * positiveValues[i];
        }
        if (sum <= 0)
        {
            return new WeightedNumericSummary(pairs.Count, 0, 0, null, null, null, null, null);
        }

        var effectiveN = sum * sum / sumOfSquares;
        var mean = weightedSum / sum;
        double? sd = null;
        if (pairs.Count >= 2)
        {
            var n = (double)pairs.Count;
            var squares = 0.0;
            for (var i = 0; i < positiveValues.Length; i++)
                squares += positiveWeights[i] * (positiveValues[i] - mean) * (positiveValues[i] - mean);
            var variance = n / (n - 1) * squares / sum;
            sd = Math.Sqrt(variance);
        }

        return new WeightedNumericSummary(pairs.Count, sum, effectiveN, mean, sd, WeightedMedian(positiveValues, positiveWeights, sum),
            positiveValues[0], positiveValues[^1]);
    }

    private static double WeightedMedian(double[] values, double[] weights, double total)
    {
        var half = total / 2;
        var cumulative = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            cumulative += weights[i];

            // A relative tolerance treats cumulative sums that equal half up to rounding as exact ties.
            if (Math.Abs(cumulative - half) <= 1e-12 * total && i + 1 < values.Length)
            {
                return (values[i] + values[i + 1]) / 2;
            }

            if (cumulative > half)
            {
                return values[i];
            }
        }

        return values[^1];
    }
}
