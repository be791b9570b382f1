namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>One raking variable: every respondent's category and the target margin over those categories.</summary>
/// <param name="Name">Variable name, used in error messages (e.g. "employment").</param>
/// <param name="RespondentCategories">Category of each respondent, in respondent order; the same order for every variable.
/// Raking needs complete data, so <c>null</c> is rejected: impute or drop those respondents first.</param>
/// <param name="TargetMargins">Category → target as a proportion (sum 1), a percentage (sum 100) or a population count.
/// A category with target 0 may be absent from the sample.</param>
public sealed record RakingVariable(string Name, IReadOnlyList<string?> RespondentCategories, IReadOnlyDictionary<string, double> TargetMargins);
