namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>Pairs per-respondent values with weights, dropping respondents whose value is missing.</summary>
internal static class WeightedPairs
{
    /// <summary>Returns (value, weight) for non-missing values; throws when lengths differ or a weight is invalid.</summary>
    public static List<(T Value, double Weight)> Present<T>(IReadOnlyList<T?> values, IReadOnlyList<double> weights, Func<T, bool> isMissing)
        where T : struct
    {
        CheckLengths(values, weights);
        var pairs = new List<(T, double)>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var w = CheckedWeight(weights, i);
            if (values[i] is { } v && !isMissing(v))
            {
                pairs.Add((v, w));
            }
        }

        return pairs;
    }

    /// <summary>Throws unless there is one weight per value.</summary>
    public static void CheckLengths<T>(IReadOnlyList<T> values, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        if (values.Count != weights.Count)
        {
            throw new ArgumentException(
                $"Got {values.Count} values but {weights.Count} weights; they must be per respondent, in the same order.", nameof(weights));
        }
    }

    /// <summary>The weight of respondent <paramref name="i"/>; throws unless it is finite and ≥ 0.</summary>
    public static double CheckedWeight(IReadOnlyList<double> weights, int i)
    {
        var w = weights[i];
        return double.IsFinite(w) && w >= 0
            ? w
            : throw new ArgumentException($"Weight of respondent {i} is {w}; weights must be finite and ≥ 0.", nameof(weights));
    }
}
