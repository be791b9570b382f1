using System.Text.Json.Nodes;
using PohAnalytics.Presentation.Figures;

namespace PohAnalytics.Presentation.Tests.Figures;

public sealed class BarFigureTests
{
    private static JsonObject Figure() => BarFigure.Build(
        ["Vrouw", "Man"], ["vrouw", "man"],
        [
            new BarSeries("Steekproef", [70.9, 29.1], [60.1, 20.2], [79.9, 40.0], ["70,9%", "29,1%"], Palette.Sample),
            new BarSeries("LV POH-GGZ 2018", [86.0, null], null, null, ["86%", "niet gemeten"], Palette.Series[1]),
        ],
        "%");

    [Fact]
    public void Produces_data_layout_and_config_for_plotly_js_without_the_default_template()
    {
        var figure = Figure();

        Assert.Equal(2, figure["data"]!.AsArray().Count);
        Assert.Null(figure["layout"]!["template"]);
        Assert.False(figure["config"]!["displaylogo"]!.GetValue<bool>());
        Assert.True(figure.ToJsonString().Length < 4000, $"figure JSON is {figure.ToJsonString().Length} characters");
    }

    [Fact]
    public void Carries_category_keys_for_cross_filtering_and_asymmetric_interval_whiskers()
    {
        var sample = Figure()["data"]![0]!;

        Assert.Equal(["man", "vrouw"], sample["customdata"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("h", sample["orientation"]!.GetValue<string>());
        var errors = sample["error_x"]!;
        Assert.Equal(79.9 - 70.9, errors["array"]![1]!.GetValue<double>(), 9);
        Assert.Equal(70.9 - 60.1, errors["arrayminus"]![1]!.GetValue<double>(), 9);
    }

    [Fact]
    public void A_value_that_is_not_measured_draws_no_bar_but_says_so()
    {
        var benchmark = Figure()["data"]![1]!;

        Assert.Equal(0, benchmark["x"]![0]!.GetValue<double>());
        Assert.Equal("niet gemeten", benchmark["text"]![0]!.GetValue<string>());
    }
}
