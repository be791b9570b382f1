namespace PohAnalytics.Core.Ingestion;

/// <summary>A column named in an ingestion report.</summary>
/// <param name="Header">The header as written in the export.</param>
/// <param name="Detail">The canonical variable it maps to, or why it was skipped.</param>
public sealed record ColumnReport(string Header, string Detail);
