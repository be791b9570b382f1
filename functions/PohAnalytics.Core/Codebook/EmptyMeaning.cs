namespace PohAnalytics.Core.Codebook;

/// <summary>What an empty cell means for a variable. None of these count in a denominator.</summary>
public enum EmptyMeaning
{
    /// <summary>The respondent was asked but gave no answer.</summary>
    Missing,
    /// <summary>The item was not put to this respondent (routing, a shorter questionnaire).</summary>
    NotAsked,
    /// <summary>A checkbox left empty: the option was not chosen (a valid "no").</summary>
    Unchecked,
}
