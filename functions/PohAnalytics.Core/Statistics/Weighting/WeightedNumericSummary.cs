using PohAnalytics.Core.Statistics.Descriptive;
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
        ArgumentNullException.ThrowIfNull(values);
        return Of(ValueRanks.Of(values), weights);
    }

    /// <summary>
    /// Summarises a ranked column (<see cref="ValueRanks"/>, kept with the curated column, which is summarised under every
    /// raking): sums in row order, the median from the weight of each distinct value.
    /// </summary>
    internal static WeightedNumericSummary Of(ValueRanks ranks, IReadOnlyList<double> weights)
    {
        var rank = ranks.Rank;
        WeightedPairs.CheckLengths(rank, weights);
        foreach (var v in ranks.Distinct) StatisticsGuard.Finite(v, "values");
        var valueWeights = new double[ranks.Distinct.Length];
        var checkedWeights = WeightedPairs.Checked(weights);
        int present = 0;
        double sum = 0, sumOfSquares = 0, weightedSum = 0;
        for (var i = 0; i < rank.Length; i++)
        {
            var w = checkedWeights[i];
            if (rank[i] < 0) continue;
            present++;
            if (w <= 0) continue;
            sum += w;
            sumOfSquares += w * w;
            weightedSum += w * ranks.Distinct[rank[i]];
            valueWeights[rank[i]] += w;
        }
        if (sum <= 0)
        {
            return new WeightedNumericSummary(present, 0, 0, null, null, null, null, null);
        }

        var effectiveN = sum * sum / sumOfSquares;
        var mean = weightedSum / sum;
        double? sd = null;
        if (present >= 2)
        {
            var n = (double)present;
            var squares = 0.0;
            for (var k = 0; k < valueWeights.Length; k++)
                squares += valueWeights[k] * (ranks.Distinct[k] - mean) * (ranks.Distinct[k] - mean);
            var variance = n / (n - 1) * squares / sum;
            sd = Math.Sqrt(variance);
        }

        var positive = Enumerable.Range(0, valueWeights.Length).Where(k => valueWeights[k] > 0).ToArray();
        var positiveValues = positive.Select(k => ranks.Distinct[k]).ToArray();
        var positiveWeights = positive.Select(k => valueWeights[k]).ToArray();
        return new WeightedNumericSummary(present, sum, effectiveN, mean, sd, WeightedMedian(positiveValues, positiveWeights, sum),
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
