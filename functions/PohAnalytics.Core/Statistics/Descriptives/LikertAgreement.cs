namespace PohAnalytics.Core.Statistics.Descriptives;

/// <summary>The share that (strongly) agrees with a Likert statement: score ≥ the codebook's agreeFrom.</summary>
/// <param name="AgreeFrom">Lowest score that counts as agreeing.</param>
/// <param name="Count">Respondents agreeing; null when withheld.</param>
/// <param name="Percent">Percentage agreeing among those asked who answered; null when undefined or withheld.</param>
/// <param name="PercentCi">Wilson 95% interval, in percent; null when undefined or withheld.</param>
/// <param name="Withheld">Whether withheld because a cell of the distribution is suppressed (it would reveal that cell).</param>
public sealed record LikertAgreement(int AgreeFrom, int? Count, double? Percent, ConfidenceInterval? PercentCi, bool Withheld = false);
