namespace PohAnalytics.Core.Statistics;

/// <summary>A two-sided confidence interval.</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="Level">Confidence level as a fraction, e.g. 0.95.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper, double Level)
{
    /// <summary>Width of the interval (upper minus lower).</summary>
    public double Width => Upper - Lower;

    /// <summary>Whether <paramref name="value"/> lies within the closed interval.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns><c>true</c> when lower ≤ value ≤ upper.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
