namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>A published count: the number and its share, or — when suppressed — neither, only a marker.</summary>
/// <param name="Count">The count; null when suppressed.</param>
/// <param name="Display">What the page shows: the number, "&lt;5" for a small cell, "x" for a cell hidden so a small one cannot be derived.</param>
/// <param name="Share">The count as a share (0–1) of its denominator; null when suppressed or without a denominator.</param>
/// <param name="Suppressed">Whether the count is withheld.</param>
public sealed record CountCell(long? Count, string Display, double? Share, bool Suppressed)
{
    /// <summary>Marker of a cell hidden only to protect a small cell in the same row.</summary>
    public const string ComplementaryMarker = "x";
}
