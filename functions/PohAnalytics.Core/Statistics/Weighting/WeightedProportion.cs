using PohAnalytics.Core.Statistics.Proportions;

namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>
/// Weighted proportion Σw·y/Σw with a Wilson interval on the Kish effective sample size of the respondents who
/// answered (x = p·n_eff, n = n_eff), so unequal weights widen the interval. Missing answers (<c>null</c>) are
/// excluded from numerator and denominator; "not asked" must be passed as missing too.
/// </summary>
/// <param name="N">Respondents with an answer.</param>
/// <param name="UnweightedSuccesses">Respondents with an answer of <c>true</c>.</param>
/// <param name="SumOfWeights">Σw over respondents with an answer.</param>
/// <param name="EffectiveN">Kish effective n over respondents with an answer; 0 when none.</param>
/// <param name="Proportion">Weighted proportion; <c>null</c> when no respondent with positive weight answered.</param>
/// <param name="Wilson">Wilson interval on the effective n (undefined when there is nobody).</param>
public sealed record WeightedProportion(int N, int UnweightedSuccesses, double SumOfWeights, double EffectiveN, double? Proportion, WilsonInterval Wilson)
{
    /// <summary>Computes the weighted proportion of <c>true</c> answers.</summary>
    /// <param name="hasCharacteristic">Per respondent: <c>true</c>, <c>false</c> or <c>null</c> (missing).</param>
    /// <param name="weights">Per respondent weight, same order and length, finite and ≥ 0.</param>
    /// <param name="confidenceLevel">Confidence level of the interval.</param>
    /// <returns>The estimate with its effective-n Wilson interval.</returns>
    public static WeightedProportion Compute(IReadOnlyList<bool?> hasCharacteristic, IReadOnlyList<double> weights, double confidenceLevel = 0.95)
    {
        WeightedPairs.CheckLengths(hasCharacteristic, weights);
        return Compute(hasCharacteristic.Count, i => hasCharacteristic[i], weights, confidenceLevel);
    }

    /// <summary>
    /// Computes the weighted proportion over <paramref name="rows"/> respondents whose answer is given by index (a caller
    /// that tallies several categories from one index per row, without an array per category).
    /// </summary>
    public static WeightedProportion Compute(
        int rows, Func<int, bool?> hasCharacteristic, IReadOnlyList<double> weights, double confidenceLevel = 0.95)
    {
        // One pass, summing in respondent order as the pairwise form did (same results, no list of a million pairs).
        var checkedWeights = WeightedPairs.Checked(weights);
        if (checkedWeights.Length < rows)
            throw new ArgumentException($"Got {checkedWeights.Length} weights for {rows} respondents.", nameof(weights));
        int n = 0, successes = 0;
        double sum = 0, sumSquares = 0, successWeight = 0;
        for (var i = 0; i < rows; i++)
        {
            var w = checkedWeights[i];
            if (hasCharacteristic(i) is not { } value) continue;
            n++;
            sum += w;
            sumSquares += w * w;
            if (!value) continue;
            successes++;
            successWeight += w;
        }
        return FromSums(n, successes, sum, sumSquares, successWeight, confidenceLevel);
    }

    /// <summary>
    /// The weighted proportion of every category at once, from each respondent's category (−1: missing): one pass instead
    /// of one per category, with the same sums in the same respondent order as <see cref="Compute(int, Func{int, bool?},
    /// IReadOnlyList{double}, double)"/> per category.
    /// </summary>
    public static WeightedProportion[] PerCategory(
        IReadOnlyList<int> category, int categories, IReadOnlyList<double> weights, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (category.Count != weights.Count)
            throw new ArgumentException($"Got {weights.Count} weights for {category.Count} respondents.", nameof(weights));
        var checkedWeights = WeightedPairs.Checked(weights);
        ReadOnlySpan<int> categoryOf = category as int[] ?? category.ToArray();
        var n = 0;
        double sum = 0, sumSquares = 0;
        var successes = new int[categories];
        var successWeight = new double[categories];
        for (var i = 0; i < categoryOf.Length; i++)
        {
            var w = checkedWeights[i];
            var k = categoryOf[i];
            if (k < 0) continue;
            n++;
            sum += w;
            sumSquares += w * w;
            successes[k]++;
            successWeight[k] += w;
        }
        return Enumerable.Range(0, categories)
            .Select(k => FromSums(n, successes[k], sum, sumSquares, successWeight[k], confidenceLevel)).ToArray();
    }

    private static WeightedProportion FromSums(
        int n, int successes, double sum, double sumSquares, double successWeight, double confidenceLevel = 0.95)
    {
        if (sum <= 0)
        {
            return new WeightedProportion(n, successes, 0, 0, null, WilsonInterval.Compute(0, 0, confidenceLevel));
        }

        var proportion = successWeight / sum;
        var effectiveN = sum * sum / sumSquares;

        // Rounding can push p·n_eff a hair above n_eff when p = 1.
        var effectiveSuccesses = Math.Min(proportion * effectiveN, effectiveN);
        return new WeightedProportion(n, successes, sum, effectiveN, proportion,
            WilsonInterval.Compute(effectiveSuccesses, effectiveN, confidenceLevel));
    }

    /// <summary>Weighted proportion of respondents whose category equals <paramref name="category"/>.</summary>
    /// <param name="categories">Per respondent category; <c>null</c> is missing and excluded.</param>
    /// <param name="weights">Per respondent weight, same order and length.</param>
    /// <param name="category">The category counted as a success (ordinal comparison).</param>
    /// <param name="confidenceLevel">Confidence level of the interval.</param>
    /// <returns>The estimate with its effective-n Wilson interval.</returns>
    public static WeightedProportion ForCategory(IReadOnlyList<string?> categories, IReadOnlyList<double> weights, string category, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(category);
        var indicator = categories.Select(c => c is null ? (bool?)null : string.Equals(c, category, StringComparison.Ordinal)).ToArray();
        return Compute(indicator, weights, confidenceLevel);
    }
}
