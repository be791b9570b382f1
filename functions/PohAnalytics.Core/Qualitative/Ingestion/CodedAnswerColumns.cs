namespace PohAnalytics.Core.Qualitative.Ingestion;

/// <summary>
/// Column names of the long curated schema of coded answers: one row per respondent × mention
/// (<c>_source_row</c>, <c>respondent_id</c>, one column per respondent attribute, <c>theme</c>, <c>code</c>).
/// </summary>
public static class CodedAnswerColumns
{
    /// <summary>The respondent's pseudonym (or <c>#row</c> when the export has none).</summary>
    public const string RespondentId = "respondent_id";
    /// <summary>The main theme code of the mention; null on the one row of a respondent who named nothing.</summary>
    public const string Theme = "theme";
    /// <summary>The code (sub-theme) of the mention; null on the one row of a respondent who named nothing.</summary>
    public const string Code = "code";
}
