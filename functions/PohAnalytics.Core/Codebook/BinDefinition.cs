namespace PohAnalytics.Core.Codebook;

/// <summary>A reporting bin of a numeric variable: <c>Min &lt;= value &lt; Below</c>, either bound open.</summary>
/// <param name="Code">Stable bin code.</param>
/// <param name="Label">Display label as in the report.</param>
/// <param name="Min">Inclusive lower bound, or null for open.</param>
/// <param name="Below">Exclusive upper bound, or null for open.</param>
public sealed record BinDefinition(string Code, LocalizedText Label, double? Min, double? Below)
{
    /// <summary>Whether a value falls in this bin.</summary>
    public bool Contains(double value) => (Min is null || value >= Min) && (Below is null || value < Below);
}
