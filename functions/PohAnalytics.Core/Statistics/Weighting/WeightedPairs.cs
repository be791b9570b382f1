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

    /// <summary>
    /// The weights as a span, after checking that each is finite and ≥ 0 (throws for the first that is not). The loops
    /// over a million respondents then index an array instead of calling through the list interface per respondent.
    /// </summary>
    public static ReadOnlySpan<double> Checked(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ReadOnlySpan<double> span = weights switch
        {
            double[] array => array,
            List<double> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
            _ => weights.ToArray(),
        };
        for (var i = 0; i < span.Length; i++)
        {
            var w = span[i];
            if (!(double.IsFinite(w) && w >= 0))
                throw new ArgumentException($"Weight of respondent {i} is {w}; weights must be finite and ≥ 0.", nameof(weights));
        }
        return span;
    }
}
