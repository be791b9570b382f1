using System.Text.Json.Nodes;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Presentation.Views;

/// <summary>A chart card: one Plotly figure per language, its data as a table (CSV export), optional cross-filter.</summary>
/// <param name="Id">Chart id.</param>
/// <param name="Title">Title.</param>
/// <param name="Figure">Figures by language ("nl", "en").</param>
/// <param name="Table">The data behind it.</param>
/// <param name="CrossFilter">Filter set by clicking a point (its customdata), or null.</param>
/// <param name="Description">Optional description.</param>
public sealed record ViewChart(string Id, LocalizedText Title, IReadOnlyDictionary<string, JsonObject> Figure, ViewTable Table,
    ViewCrossFilter? CrossFilter = null, LocalizedText? Description = null);
