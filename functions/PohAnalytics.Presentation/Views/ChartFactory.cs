using System.Text.Json.Nodes;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Presentation.Figures;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>Builds chart cards (figure per language + table) from served, suppressed numbers.</summary>
public static class ChartFactory
{
    /// <summary>A distribution as horizontal bars of percent with Wilson 95% intervals; hidden cells draw no bar and show their mark.</summary>
    public static ViewChart Distribution(string id, LocalizedText title, IReadOnlyList<DistributionCell> cells, long? groupSize,
        string? crossFilter = null, LocalizedText? description = null)
    {
        var figures = Languages.ToDictionary(lang => lang, lang =>
        {
            var lower = cells.Select(c => c.Lower).ToList();
            var upper = cells.Select(c => c.Upper).ToList();
            var series = new BarSeries(lang == "nl" ? "Percentage" : "Percent", cells.Select(c => c.Percent).ToList(), lower, upper,
                cells.Select(c => c.Mark ?? (c.Percent is { } p ? Percent(p, lang) : "")).ToList(), EntityColours.Sample);
            return BarFigure.Build(cells.Select(c => c.Label.For(lang)).ToList(), cells.Select(c => c.Code).ToList(), [series], "%");
        });
        var table = new ViewTable(
            [new("category", title), new("count", L("Aantal", "Count")), new("percent", L("Percentage", "Percent"))],
            cells.Select(c => (IReadOnlyList<object?>)[c.Label, c.CountCell, c.PercentCell]).ToList());
        return new ViewChart(id, title, figures, table, crossFilter is null ? null : new ViewCrossFilter(crossFilter), description);
    }

    /// <summary>
    /// Grouped bars: one series per group (dataset, benchmark …) over the same categories. <paramref name="colours"/> gives
    /// each series its entity colour (<see cref="EntityColours"/>); without it a single series is the sample and several
    /// take the codebook-ordered colours by position.
    /// </summary>
    public static ViewChart Grouped(string id, LocalizedText title, IReadOnlyList<(string Code, LocalizedText Label)> categories,
        IReadOnlyList<(LocalizedText Name, IReadOnlyList<double?> Values, IReadOnlyList<double?>? Lower, IReadOnlyList<double?>? Upper, IReadOnlyList<object?> Cells)> series,
        string xTitle, string? crossFilter = null, LocalizedText? description = null, IReadOnlyList<string>? colours = null)
    {
        string Colour(int i) =>
            colours is not null && i < colours.Count ? colours[i] : series.Count == 1 ? EntityColours.Sample : EntityColours.Ordinal(i);
        var figures = Languages.ToDictionary(lang => lang, lang => BarFigure.Build(
            categories.Select(c => c.Label.For(lang)).ToList(), categories.Select(c => c.Code).ToList(),
            series.Select((s, i) => new BarSeries(s.Name.For(lang), s.Values, s.Lower, s.Upper,
                s.Cells.Select((cell, j) => cell is string mark ? mark : s.Values[j] is { } v ? Format(v, xTitle, lang) : lang == "nl" ? "niet gemeten" : "not measured").ToList(),
                Colour(i))).ToList(),
            xTitle));
        var columns = new List<ViewColumn> { new("category", title) };
        columns.AddRange(series.Select((s, i) => new ViewColumn($"s{i}", s.Name)));
        var rows = categories.Select((c, j) => (IReadOnlyList<object?>)[c.Label, .. series.Select(s => s.Cells[j])]).ToList();
        return new ViewChart(id, title, figures, new ViewTable(columns, rows), crossFilter is null ? null : new ViewCrossFilter(crossFilter), description);
    }

    /// <summary>A chart from prebuilt figures per language and a table.</summary>
    public static ViewChart Custom(string id, LocalizedText title, Func<string, JsonObject> figure, ViewTable table, string? crossFilter = null, LocalizedText? description = null) =>
        new(id, title, Languages.ToDictionary(lang => lang, figure), table, crossFilter is null ? null : new ViewCrossFilter(crossFilter), description);

    private static string Format(double value, string unit, string lang) => unit switch
    {
        "%" => Percent(value, lang),
        "n" => Number(value, lang, 0),
        _ => Number(value, lang),
    };
}
