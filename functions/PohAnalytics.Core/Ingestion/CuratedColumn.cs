using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Ingestion;

/// <summary>One typed column of the curated dataset.</summary>
/// <param name="Name">Column name (variable id, <c>variable__option</c>, or a system column starting with <c>_</c>).</param>
/// <param name="Kind">Physical type.</param>
/// <param name="Variable">The codebook variable, or null for system columns.</param>
/// <param name="Option">The multi-response option held by this column.</param>
public sealed record CuratedColumn(string Name, CuratedColumnKind Kind, VariableDefinition? Variable = null, CategoryDefinition? Option = null);
