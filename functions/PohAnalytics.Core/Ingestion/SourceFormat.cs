namespace PohAnalytics.Core.Ingestion;

/// <summary>What the reader found out about a file's physical format.</summary>
/// <param name="Kind">"csv" or "xlsx".</param>
/// <param name="Encoding">Text encoding of a CSV (utf-8, utf-8-bom, windows-1252, utf-16).</param>
/// <param name="Delimiter">Field separator of a CSV.</param>
/// <param name="Sheet">Worksheet of a spreadsheet.</param>
public sealed record SourceFormat(string Kind, string? Encoding = null, string? Delimiter = null, string? Sheet = null);
