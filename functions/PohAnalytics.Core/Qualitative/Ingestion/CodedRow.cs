using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Qualitative.Ingestion;

/// <summary>One source row of coded answers read against the code list.</summary>
/// <param name="RespondentId">The respondent's pseudonym.</param>
/// <param name="Attributes">Stored attribute values by attribute id (null when empty).</param>
/// <param name="Mentions">The theme and code of each mention, in column order.</param>
/// <param name="Errors">Why the row is refused; empty when it is accepted.</param>
public sealed record CodedRow(
    string RespondentId,
    IReadOnlyDictionary<string, string?> Attributes,
    IReadOnlyList<(string Theme, string Code)> Mentions,
    IReadOnlyList<CellError> Errors);
