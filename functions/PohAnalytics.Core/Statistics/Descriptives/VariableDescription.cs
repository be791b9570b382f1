using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Statistics.Descriptives;

/// <summary>The descriptive statistics of one codebook variable.</summary>
public sealed record VariableDescription
{
    /// <summary>Codebook variable id.</summary>
    public required string Variable { get; init; }
    /// <summary>Measurement level.</summary>
    public required VariableType Type { get; init; }
    /// <summary>Dutch and English label.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>The report table the variable reproduces, if any.</summary>
    public string? ReportTable { get; init; }
    /// <summary>Unit of a number.</summary>
    public string? Unit { get; init; }
    /// <summary>Respondents with a valid answer (multi-response: asked at least one option); null when suppressed.</summary>
    public int? NValid { get; init; }
    /// <summary>Respondents without an answer; they never count in a denominator. Null when suppressed (it would reveal n valid).</summary>
    public int? NEmpty { get; init; }
    /// <summary>What an empty answer means for this variable (missing or not asked).</summary>
    public EmptyMeaning EmptyMeans { get; init; }
    /// <summary>Kish effective n of the valid answers when the descriptives are weighted.</summary>
    public double? EffectiveN { get; init; }
    /// <summary>Distribution: categories, Likert points, multi-response options (percent of respondents asked) or numeric bins.</summary>
    public IReadOnlyList<CategoryFrequency> Categories { get; init; } = [];
    /// <summary>Multi-response: total mentions over all options (totals exceed the respondents).</summary>
    public int? Mentions { get; init; }
    /// <summary>Numbers: n, mean, SD, median, min, max and the t interval of the mean.</summary>
    public NumericDescription? Numeric { get; init; }
    /// <summary>Likert: the share that (strongly) agrees.</summary>
    public LikertAgreement? Agreement { get; init; }
    /// <summary>Whether the whole variable is withheld (fewer valid answers than the suppression threshold).</summary>
    public bool Suppressed { get; init; }
}
