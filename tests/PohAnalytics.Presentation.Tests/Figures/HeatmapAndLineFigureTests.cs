using PohAnalytics.Presentation.Figures;

namespace PohAnalytics.Presentation.Tests.Figures;

public sealed class HeatmapAndLineFigureTests
{
    [Fact]
    public void Heatmap_keeps_row_order_top_down_and_centres_a_diverging_scale()
    {
        var figure = HeatmapFigure.Build(["Geslacht", "Leeftijd"], ["LV 2018", "LHV 2017"],
            [[-0.35, null], [0.07, 0.12]], [["-0,35", "niet gemeten"], ["0,07", "0,12"]], 0.5, "SMD", ["gender", "age"]);

        var trace = figure["data"]![0]!;
        Assert.Equal("heatmap", trace["type"]!.GetValue<string>());
        Assert.Equal(["Leeftijd", "Geslacht"], trace["y"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(-0.5, trace["zmin"]!.GetValue<double>());
        Assert.Equal("niet gemeten", trace["text"]![1]![1]!.GetValue<string>());
        Assert.Equal("gender", trace["customdata"]![1]![0]!.GetValue<string>());
    }

    [Fact]
    public void Lines_have_one_trace_per_series_with_vertical_whiskers()
    {
        var figure = LineFigure.Build(["2018", "2019"],
            [new BarSeries("Vaste overlegmomenten", [64.0, 58.2], [59.0, 47.0], [69.0, 68.6], ["64%", "58%"], Palette.Series[0])], "%");

        var trace = figure["data"]![0]!;
        Assert.Equal(["2018", "2019"], trace["x"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(58.2 - 47.0, trace["error_y"]!["arrayminus"]![1]!.GetValue<double>(), 9);
    }
}
