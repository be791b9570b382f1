using System.Text.Json.Nodes;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Presentation.Views;

/// <summary>Tabular data of a chart; cells are numbers, "&lt;5"/"x" for suppressed cells, or labels.</summary>
/// <param name="Columns">Columns.</param>
/// <param name="Rows">Rows.</param>
public sealed record ViewTable(IReadOnlyList<ViewColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
