using System.Text.Json.Nodes;
using Microsoft.FSharp.Core;
using Plotly.NET;

namespace PohAnalytics.Presentation.Figures;

/// <summary>
/// Turns a Plotly.NET chart into the <c>{data, layout, config}</c> JSON Plotly.js renders, with the house style and
/// without Plotly.NET's default template (it would add ~8 KB to every figure).
/// </summary>
public static class PlotlyFigure
{
    /// <summary>Serialises a chart and applies the layout shared by every dashboard figure.</summary>
    public static JsonObject ToJson(GenericChart chart, string? xTitle = null, string? yTitle = null, double? height = null)
    {
        var figure = JsonNode.Parse(GenericChart.toJson(chart))!.AsObject();
        var layout = figure["layout"] as JsonObject ?? [];
        layout.Remove("template");
        layout.Remove("width");
        layout["height"] = height ?? 360;
        layout["autosize"] = true;
        layout["font"] = new JsonObject { ["family"] = "system-ui, 'Segoe UI', Roboto, sans-serif", ["size"] = 12, ["color"] = "#1f2937" };
        layout["colorway"] = new JsonArray(Palette.Series.Select(c => (JsonNode)c).ToArray());
        layout["paper_bgcolor"] = "#ffffff";
        layout["plot_bgcolor"] = "#ffffff";
        layout["margin"] = new JsonObject { ["l"] = 8, ["r"] = 16, ["t"] = 16, ["b"] = 40 };
        layout["legend"] = new JsonObject { ["orientation"] = "h", ["y"] = -0.18 };
        layout["xaxis"] = Axis(layout["xaxis"], xTitle);
        layout["yaxis"] = Axis(layout["yaxis"], yTitle);
        layout["hoverlabel"] = new JsonObject { ["align"] = "left" };
        figure["layout"] = layout;
        figure["config"] = new JsonObject { ["responsive"] = true, ["displaylogo"] = false };
        return figure;
    }

    /// <summary>Sets a property on every trace through Plotly.NET's dynamic trace objects (for what its typed API lacks).</summary>
    public static GenericChart WithTraceProperty(this GenericChart chart, string name, object value) =>
        GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
        {
            trace.SetProperty(name, value);
            return trace;
        }), chart);

    private static JsonObject Axis(JsonNode? existing, string? title)
    {
        var axis = existing as JsonObject ?? [];
        axis["automargin"] = true;
        axis["gridcolor"] = "#e5e7eb";
        axis["zerolinecolor"] = "#9ca3af";
        if (title is not null) axis["title"] = new JsonObject { ["text"] = title };
        return axis;
    }
}
