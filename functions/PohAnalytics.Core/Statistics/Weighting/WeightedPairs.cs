namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>Checks that per-respondent values come with one valid weight each.</summary>
internal static class WeightedPairs
{
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
