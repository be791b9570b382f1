using System.Text.Json.Nodes;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Presentation.Views;

/// <summary>A table column.</summary>
/// <param name="Id">Column id.</param>
/// <param name="Label">Label.</param>
public sealed record ViewColumn(string Id, LocalizedText Label);
