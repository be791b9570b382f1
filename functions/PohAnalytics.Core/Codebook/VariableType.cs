namespace PohAnalytics.Core.Codebook;

/// <summary>The measurement level of a canonical variable; decides parsing, storage type and statistics.</summary>
public enum VariableType
{
    /// <summary>A pseudonymous respondent key; kept as text, never aggregated.</summary>
    Identifier,
    /// <summary>Nominal categories.</summary>
    Category,
    /// <summary>Ordered categories.</summary>
    Ordinal,
    /// <summary>A numeric measurement (years, hours, percent).</summary>
    Number,
    /// <summary>Check-all-that-apply: one yes/no column per option.</summary>
    MultiResponse,
    /// <summary>A five-point agreement scale stored as its score 1–5.</summary>
    Likert,
}
