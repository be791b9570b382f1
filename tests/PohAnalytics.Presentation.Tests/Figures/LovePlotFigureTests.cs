using PohAnalytics.Presentation.Figures;

namespace PohAnalytics.Presentation.Tests.Figures;

public sealed class LovePlotFigureTests
{
    [Fact]
    public void Plots_one_point_series_per_weighting_with_the_balance_line_at_0_1()
    {
        var figure = LovePlotFigure.Build(
            ["Vrouw", "SPV"],
            [("Ongewogen", [0.37, 0.36], Palette.Series[0]), ("Gewogen", [0.0, null], Palette.Series[1])]);

        var data = figure["data"]!.AsArray();
        Assert.Equal(2, data.Count);
        Assert.Equal("Ongewogen", (string?)data[0]!["name"]);
        Assert.Equal(0.1, (double)figure["layout"]!["shapes"]![0]!["x0"]!);
        Assert.Equal("|SMD|", (string?)figure["layout"]!["xaxis"]!["title"]!["text"]);
    }
}
