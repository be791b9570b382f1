using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Presentation.Views;

/// <summary>A KPI card; <paramref name="Value"/> is a number, a fraction for <c>percent</c>, text, or "&lt;5".</summary>
/// <param name="Id">KPI id.</param>
/// <param name="Label">Label.</param>
/// <param name="Value">Value.</param>
/// <param name="Format">integer, percent, decimal or text.</param>
/// <param name="Note">Optional note.</param>
public sealed record ViewKpi(string Id, LocalizedText Label, object? Value, string Format, LocalizedText? Note = null);
