using System.Text.Json.Nodes;
using Plotly.NET.CSharp;

namespace PohAnalytics.Presentation.Figures;

/// <summary>A heat table (rows × columns) with the cell text written in, built with Plotly.NET.</summary>
public static class HeatmapFigure
{
    /// <summary>
    /// Builds the figure. <paramref name="values"/>[row][column] drive the colour (null = grey "not measured" cell);
    /// <paramref name="text"/> is written in each cell; <paramref name="symmetricRange"/> centres a diverging scale on 0.
    /// </summary>
    public static JsonObject Build(IReadOnlyList<string> rows, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<double?>> values,
        IReadOnlyList<IReadOnlyList<string>> text, double? symmetricRange, string colourTitle, IReadOnlyList<string>? rowKeys = null)
    {
        var z = values.Reverse().Select(r => r.Select(v => v ?? double.NaN).ToArray()).ToArray();
        var chart = Plotly.NET.CSharp.Chart.Heatmap<double, string, string, string>(
                zData: z, X: columns.Select(c => AxisLabel.Wrap(c, 18)).ToArray(), Y: rows.Reverse().Select(r => AxisLabel.Wrap(r)).ToArray(), UseDefaults: false, XGap: 2, YGap: 2)
            .WithTraceProperty("text", text.Reverse().Select(r => r.ToArray()).ToArray())
            .WithTraceProperty("texttemplate", "%{text}")
            .WithTraceProperty("hovertemplate", "%{y} · %{x}: %{text}<extra></extra>")
            .WithTraceProperty("colorscale", symmetricRange is null
                ? new object[] { new object[] { 0.0, "#F7F7F7" }, new object[] { 1.0, "#0072B2" } }
                : Palette.Diverging.Select(s => new object[] { s.Stop, s.Colour }).ToArray())
            .WithTraceProperty("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = colourTitle } });
        if (symmetricRange is { } range)
            chart = chart.WithTraceProperty("zmin", -range).WithTraceProperty("zmax", range);
        if (rowKeys is not null)
            chart = chart.WithTraceProperty("customdata", rowKeys.Reverse().Select(k => columns.Select(_ => k).ToArray()).ToArray());
        var header = 50 + 17 * columns.Max(c => AxisLabel.Lines(AxisLabel.Wrap(c, 18)));
        var figure = PlotlyFigure.ToJson(chart, null, null, header + rows.Sum(r => AxisLabel.Band(AxisLabel.Wrap(r), 36)));
        figure["layout"]!["xaxis"]!["side"] = "top";
        // Column labels are wrapped already; rotated labels would eat the rows' height on a narrow screen.
        figure["layout"]!["xaxis"]!["tickangle"] = 0;
        figure["layout"]!["margin"]!["t"] = 48;
        figure["layout"]!["plot_bgcolor"] = "#e5e7eb";
        return figure;
    }
}
