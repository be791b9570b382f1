using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Statistics.Descriptives;

/// <summary>
/// One cell of a distribution: a category, a multi-response option, a Likert point or a numeric bin. Percentages are
/// unrounded (0–100); round to one decimal only for display.
/// </summary>
public sealed record CategoryFrequency
{
    /// <summary>Category, option or bin code.</summary>
    public required string Code { get; init; }
    /// <summary>Dutch and English label from the codebook.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>Respondents in the cell (unweighted); null when suppressed.</summary>
    public int? Count { get; init; }
    /// <summary>Denominator of the percentage: respondents with a valid answer (for an option: respondents asked).</summary>
    public int? N { get; init; }
    /// <summary>Percentage of <see cref="N"/> (weighted when the descriptives are weighted); null when undefined or suppressed.</summary>
    public double? Percent { get; init; }
    /// <summary>Wilson 95% interval of the percentage, in percent (on the effective n when weighted).</summary>
    public ConfidenceInterval? PercentCi { get; init; }
    /// <summary>Whether the cell is hidden by small-cell suppression.</summary>
    public bool Suppressed { get; init; }
    /// <summary>What to show instead of a suppressed count: "&lt;5" for a small cell, "x" for a complementary suppression.</summary>
    public string? Display { get; init; }
}
