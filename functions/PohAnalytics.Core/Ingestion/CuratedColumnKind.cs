namespace PohAnalytics.Core.Ingestion;

/// <summary>Physical type of a curated (Parquet) column.</summary>
public enum CuratedColumnKind
{
    /// <summary>Nullable UTF-8 text: category codes, identifiers.</summary>
    Text,
    /// <summary>Nullable double: measurements.</summary>
    Number,
    /// <summary>Nullable 32-bit integer: Likert scores, source row numbers.</summary>
    Integer,
    /// <summary>Nullable boolean: multi-response options (null = option not asked).</summary>
    Boolean,
}
