using System.Globalization;
using PohAnalytics.Presentation.Figures;

namespace PohAnalytics.Presentation.Tests.Figures;

public sealed class EntityColoursTests
{
    [Fact]
    public void A_benchmark_keeps_its_colour_whichever_other_benchmarks_a_chart_shows()
    {
        string[] all = ["lhv-2017", "lv-poh-ggz-2018", "nivel-2019"];
        var colour = EntityColours.Benchmark("nivel-2019", all);

        Assert.Equal(colour, EntityColours.Benchmark("nivel-2019", all.Reverse()));
        Assert.Equal(3, all.Select(id => EntityColours.Benchmark(id, all)).Distinct().Count());
        Assert.DoesNotContain(EntityColours.Sample, all.Select(id => EntityColours.Benchmark(id, all)));
    }

    [Fact]
    public void Datasets_get_distinct_colours_and_poh_ggz_and_gp_differ()
    {
        string[] all = ["a-2018", "b-2019", "c-2020", "d-2021"];
        Assert.Equal(4, all.Select(id => EntityColours.Dataset(id, all)).Distinct().Count());
        Assert.NotEqual(EntityColours.RespondentGroup("poh-ggz", []), EntityColours.RespondentGroup("gp", []));
        Assert.NotEqual(EntityColours.Sample, EntityColours.Raked);
    }

    [Fact]
    public void Every_text_colour_passes_wcag_aa_contrast_on_its_background()
    {
        var failing = Palette.TextPairs.Select(p => (p.Text, p.Background, Ratio: Contrast(p.Text, p.Background)))
            .Where(p => p.Ratio < 4.5).ToList();
        Assert.True(failing.Count == 0, string.Join("\n", failing.Select(f => $"{f.Text} on {f.Background}: {f.Ratio:0.00}")));
    }

    [Fact]
    public void The_contrast_formula_gives_21_for_black_on_white()
    {
        Assert.Equal(21.0, Contrast("#000000", "#ffffff"), 3);
        Assert.Equal(1.0, Contrast("#0072B2", "#0072B2"), 3);
    }

    /// <summary>WCAG 2.x contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter over darker.</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
