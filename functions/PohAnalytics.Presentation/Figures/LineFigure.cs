using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.CSharp;

namespace PohAnalytics.Presentation.Figures;

/// <summary>Lines across poll waves, one per series, with interval bands as whiskers; built with Plotly.NET.</summary>
public static class LineFigure
{
    /// <summary>Builds the figure; each series has one value (percent or mean) per wave, null where suppressed.</summary>
    public static JsonObject Build(IReadOnlyList<string> waves, IReadOnlyList<BarSeries> series, string yTitle)
    {
        var traces = series.Select(s =>
        {
            var chart = Plotly.NET.CSharp.Chart.Line<string, double, string>(
                    x: waves.ToArray(), y: s.Values.Select(v => v ?? double.NaN).ToArray(), ShowMarkers: true, Name: s.Name,
                    MultiText: s.Labels.ToArray(), LineColor: Color.fromHex(s.Colour), MarkerColor: Color.fromHex(s.Colour), UseDefaults: false)
                .WithTraceProperty("hovertemplate", "%{x}: %{text}<extra>" + s.Name + "</extra>");
            if (s.Lower is not null && s.Upper is not null)
                chart = chart.WithTraceProperty("error_y", new Dictionary<string, object>
                {
                    ["type"] = "data", ["symmetric"] = false,
                    ["array"] = s.Values.Zip(s.Upper, (v, u) => v is { } a && u is { } b ? b - a : 0).ToArray(),
                    ["arrayminus"] = s.Values.Zip(s.Lower, (v, l) => v is { } a && l is { } b ? a - b : 0).ToArray(),
                    ["thickness"] = 1.2, ["width"] = 4,
                });
            return chart;
        }).ToArray();
        return PlotlyFigure.ToJson(Plotly.NET.CSharp.Chart.Combine(traces), null, yTitle);
    }
}
