using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.CSharp;

namespace PohAnalytics.Presentation.Figures;

/// <summary>
/// A love plot: |SMD| per benchmark figure as points, one series per weighting (unweighted, raked), with a dashed line at
/// the 0.1 balance threshold; built with Plotly.NET.
/// </summary>
public static class LovePlotFigure
{
    /// <summary>Builds the figure; a null |SMD| (withheld or undefined) leaves a gap.</summary>
    /// <param name="figures">Benchmark figure labels, top-down.</param>
    /// <param name="series">One series per weighting: name, |SMD| per figure, colour.</param>
    /// <param name="threshold">Balance threshold drawn as a vertical line.</param>
    public static JsonObject Build(IReadOnlyList<string> figures, IReadOnlyList<(string Name, IReadOnlyList<double?> AbsSmd, string Colour)> series, double threshold = 0.1)
    {
        var labels = figures.Reverse().Select(f => AxisLabel.Wrap(f)).ToArray();
        var traces = series.Select(s => Plotly.NET.CSharp.Chart.Point<double, string, string>(
                x: s.AbsSmd.Reverse().Select(v => v ?? double.NaN).ToArray(), y: labels, Name: s.Name,
                MultiText: s.AbsSmd.Reverse().Select(v => v is { } a ? a.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "—").ToArray(),
                MarkerColor: Color.fromHex(s.Colour), UseDefaults: false)
            .WithTraceProperty("hovertemplate", "%{y}: |SMD| %{text}<extra>" + s.Name + "</extra>")
            .WithTraceProperty("marker", new Dictionary<string, object> { ["color"] = s.Colour, ["size"] = 9 }))
            .ToArray();
        var height = 80 + labels.Sum(l => AxisLabel.Band(l, 26));
        var figure = PlotlyFigure.ToJson(Plotly.NET.CSharp.Chart.Combine(traces), "|SMD|", null, height);
        figure["layout"]!["xaxis"]!["rangemode"] = "tozero";
        figure["layout"]!["shapes"] = new JsonArray(new JsonObject
        {
            ["type"] = "line", ["xref"] = "x", ["yref"] = "paper", ["x0"] = threshold, ["x1"] = threshold, ["y0"] = 0, ["y1"] = 1,
            ["line"] = new JsonObject { ["color"] = "#6B7280", ["dash"] = "dash", ["width"] = 1 },
        });
        return figure;
    }
}
