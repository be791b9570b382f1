namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>Pairs per-respondent values with weights, dropping respondents whose value is missing.</summary>
internal static class WeightedPairs
{
    /// <summary>Returns (value, weight) for non-missing values; throws when lengths differ or a weight is invalid.</summary>
    public static List<(T Value, double Weight)> Present<T>(IReadOnlyList<T?> values, IReadOnlyList<double> weights, Func<T, bool> isMissing)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        if (values.Count != weights.Count)
        {
            throw new ArgumentException($"Got {values.Count} values but {weights.Count} weights; they must be per respondent, in the same order.", nameof(weights));
        }

        var pairs = new List<(T, double)>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var w = weights[i];
            if (!(double.IsFinite(w) && w >= 0))
            {
                throw new ArgumentException($"Weight of respondent {i} is {w}; weights must be finite and ≥ 0.", nameof(weights));
            }

            if (values[i] is { } v && !isMissing(v))
            {
                pairs.Add((v, w));
            }
        }

        return pairs;
    }
}
