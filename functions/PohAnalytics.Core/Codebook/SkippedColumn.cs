namespace PohAnalytics.Core.Codebook;

/// <summary>A source column that is not ingested, with the reason (unmapped, duplicate, or personal data).</summary>
/// <param name="Index">Zero-based column index in the source.</param>
/// <param name="Header">The header as written in the export.</param>
/// <param name="Reason">Why it is skipped, in words a person understands.</param>
public sealed record SkippedColumn(int Index, string Header, string Reason);
