namespace PohAnalytics.Core.Disclosure;

/// <summary>The smallest and largest value of a hidden cell that is consistent with everything served.</summary>
/// <param name="Min">Lowest consistent value.</param>
/// <param name="Max">Highest consistent value.</param>
public readonly record struct FeasibleInterval(long Min, long Max)
{
    /// <summary>Max − min.</summary>
    public long Width => Max - Min;
}
