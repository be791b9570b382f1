namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>A source column holding a respondent attribute.</summary>
/// <param name="Column">Where it is in the source.</param>
/// <param name="Attribute">The attribute it holds.</param>
public sealed record AttributeColumn(LayoutColumn Column, RespondentAttribute Attribute);
