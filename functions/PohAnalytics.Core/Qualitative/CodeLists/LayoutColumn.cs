namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>A source column recognised in a coded-answers export.</summary>
/// <param name="Index">Zero-based column index in the source.</param>
/// <param name="Header">The header as written in the export.</param>
public sealed record LayoutColumn(int Index, string Header);
