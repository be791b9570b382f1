using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Presentation.Views;

/// <summary>One category of a served distribution: its count, percent and interval, or the mark that hides them.</summary>
/// <param name="Code">Category code.</param>
/// <param name="Label">Label.</param>
/// <param name="Count">Respondents, or null when hidden.</param>
/// <param name="Percent">Percent of the group's valid answers, or null when hidden or the group is empty.</param>
/// <param name="Mark">"&lt;5" for a small cell, "x" for a complementary one, null when shown.</param>
/// <param name="Lower">Lower end of the Wilson 95% interval in percent.</param>
/// <param name="Upper">Upper end of the Wilson 95% interval in percent.</param>
public sealed record DistributionCell(string Code, LocalizedText Label, long? Count, double? Percent, string? Mark, double? Lower = null, double? Upper = null)
{
    /// <summary>The count as served (number or mark).</summary>
    public object? CountCell => Mark ?? (object?)Count;

    /// <summary>The percent as served, one decimal (number or mark).</summary>
    public object? PercentCell => Mark ?? (object?)(Percent is { } p ? Math.Round(p, 1) : null);

    /// <summary>A category from its served share.</summary>
    public static DistributionCell From(string code, LocalizedText label, ServedShare share, int threshold) =>
        new(code, label, share.Count.Value, share.Percent, share.Count.MarkText(threshold), share.PercentCi?.Lower, share.PercentCi?.Upper);
}
