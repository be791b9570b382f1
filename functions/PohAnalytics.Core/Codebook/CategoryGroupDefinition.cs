namespace PohAnalytics.Core.Codebook;

/// <summary>
/// A named union of categories of one variable, e.g. waiting time "2 weken of langer" = 2–3 weeks + 3 weeks or more.
/// Groups are never stored in Parquet; they let benchmarks and norms refer to a set of categories by one label.
/// </summary>
/// <param name="Code">Stable group code (distinct from the variable's category codes).</param>
/// <param name="Label">Display label.</param>
/// <param name="Categories">The category codes the group covers.</param>
/// <param name="Aliases">Labels of the group seen in published tables and benchmark files.</param>
public sealed record CategoryGroupDefinition(string Code, LocalizedText Label, IReadOnlyList<string> Categories, IReadOnlyList<string> Aliases);
