namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>The headers a column is known by in exports (matched after normalisation).</summary>
/// <param name="Headers">Header aliases.</param>
public sealed record HeaderAliases(IReadOnlyList<string> Headers);
