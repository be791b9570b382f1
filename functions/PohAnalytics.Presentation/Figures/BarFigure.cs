using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.CSharp;

namespace PohAnalytics.Presentation.Figures;

/// <summary>Horizontal bars of categories (one group per series) with interval whiskers, built with Plotly.NET.</summary>
public static class BarFigure
{
    /// <summary>Builds the figure; <paramref name="keys"/> travel as <c>customdata</c> so a click can cross-filter.</summary>
    public static JsonObject Build(IReadOnlyList<string> categories, IReadOnlyList<string> keys, IReadOnlyList<BarSeries> series, string xTitle)
    {
        // Plotly.NET's serialisation is most of a page's cost, and many views repeat a figure (the representativeness
        // page for every slicer selection, the everyone bars): the figure is a function of these inputs, so it is built
        // once and copied. The bound only keeps a long-running instance from growing.
        var key = Key(categories, keys, series, xTitle);
        if (Built.TryGetValue(key, out var built)) return built.DeepClone().AsObject();
        if (Built.Count >= BuiltKept) Built.Clear();
        var figure = Create(categories, keys, series, xTitle);
        Built[key] = figure.DeepClone().AsObject();
        return figure;
    }

    private const int BuiltKept = 4096;
    private static readonly ConcurrentDictionary<string, JsonObject> Built = new(StringComparer.Ordinal);

    // Every input, unambiguously (JSON keeps list boundaries and writes doubles round-trip).
    private static string Key(
        IReadOnlyList<string> categories, IReadOnlyList<string> keys, IReadOnlyList<BarSeries> series, string xTitle) =>
        JsonSerializer.Serialize(new { categories, keys, series, xTitle }, KeyJson);

    private static readonly JsonSerializerOptions KeyJson =
        new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static JsonObject Create(
        IReadOnlyList<string> categories, IReadOnlyList<string> keys, IReadOnlyList<BarSeries> series, string xTitle)
    {
        var traces = series.Select(s =>
        {
            // Plotly draws categories bottom-up; reversing keeps the codebook's order top-down.
            var values = s.Values.Reverse().Select(v => v ?? 0).ToArray();
            var chart = Plotly.NET.CSharp.Chart.Bar<double, string, string>(
                    values: values, Keys: categories.Reverse().Select(c => AxisLabel.Wrap(c)).ToArray(), Name: s.Name, MultiText: s.Labels.Reverse().ToArray(),
                    MarkerColor: Color.fromHex(s.Colour), UseDefaults: false)
                .WithTraceProperty("customdata", keys.Reverse().ToArray())
                .WithTraceProperty("textposition", "outside")
                .WithTraceProperty("cliponaxis", false)
                .WithTraceProperty("hovertemplate", "%{y}: %{text}<extra>" + s.Name + "</extra>");
            if (s.Lower is not null && s.Upper is not null)
            {
                var plus = s.Values.Zip(s.Upper, (v, u) => v is { } a && u is { } b ? b - a : 0).Reverse().ToArray();
                var minus = s.Values.Zip(s.Lower, (v, l) => v is { } a && l is { } b ? a - b : 0).Reverse().ToArray();
                chart = chart.WithTraceProperty("error_x", new Dictionary<string, object>
                {
                    ["type"] = "data", ["symmetric"] = false, ["array"] = plus, ["arrayminus"] = minus,
                    ["color"] = "#374151", ["thickness"] = 1.2, ["width"] = 3,
                });
            }
            return chart;
        }).ToArray();
        var combined = Plotly.NET.CSharp.Chart.Combine(traces);
        var band = 34 * Math.Max(1, series.Count * 0.8);
        var legend = series.Count > 1 ? 40 : 0;
        var height = 60 + legend + categories.Sum(c => AxisLabel.Band(AxisLabel.Wrap(c), band));
        var figure = PlotlyFigure.ToJson(combined, xTitle, null, height);
        figure["layout"]!["barmode"] = "group";
        figure["layout"]!["xaxis"]!["rangemode"] = "tozero";
        return figure;
    }
}
