using PohAnalytics.Presentation.Figures;

namespace PohAnalytics.Presentation.Tests.Figures;

public sealed class AxisLabelTests
{
    [Fact]
    public void Short_labels_stay_on_one_line() => Assert.Equal("Vrouw", AxisLabel.Wrap("Vrouw"));

    [Fact]
    public void Long_labels_break_at_spaces_within_the_width()
    {
        var wrapped = AxisLabel.Wrap("Toepassen algemene of specifieke aanpak/methodiek tijdens hulpverlening", 30);

        Assert.All(wrapped.Split("<br>"), line => Assert.True(line.Length <= 30, line));
        Assert.Equal("Toepassen algemene of specifieke aanpak/methodiek tijdens hulpverlening", wrapped.Replace("<br>", " "));
    }
}
