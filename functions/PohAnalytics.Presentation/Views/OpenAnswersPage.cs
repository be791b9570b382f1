using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Qualitative.CodeLists;
using PohAnalytics.Core.Qualitative.Statistics;
using PohAnalytics.Core.Registry;
using PohAnalytics.Presentation.Figures;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>
/// Open answers: coded success factors as % of mentions by respondent type (codes under 5% of mentions not shown, as in
/// the report) and interview themes × stakeholder perspective (interviewees per cell, small groups suppressed).
/// </summary>
public static class OpenAnswersPage
{
    /// <summary>Interview perspectives offered by the "variable" slicer.</summary>
    public static readonly string[] Perspectives = ["primary_domain", "represents", "background"];

    /// <summary>Builds the view.</summary>
    public static async Task<DashboardView> BuildAsync(ViewContext context, ViewQuery query, CancellationToken cancellationToken)
    {
        var coded = (await context.DatasetsAsync(cancellationToken)).Where(d => d.Metadata.Kind == DatasetKind.CodedAnswers)
            .Where(d => query["dataset"] is not { } id || d.Id == id).ToList();
        var statistics = new CodedAnswerStatistics(context.Suppression);
        var charts = new List<ViewChart>();
        var kpis = new List<ViewKpi>();
        var notes = new List<LocalizedText> { SuppressionRule.Of(context.Suppression).Text };
        foreach (var dataset in coded)
        {
            var data = await context.DataAsync(dataset, cancellationToken);
            if (!data.Metadata.TryGetValue("pohanalytics.code_list_id", out var codeListId)) continue;
            var codeList = context.CodeLists[codeListId];
            var table = CodedAnswerTable.From(data.Columns, codeList);
            if (codeList.Shape == CodeListShape.Wide)
                charts.Add(Frequencies(dataset, statistics.CodeFrequencies(table, codeList.Attributes.FirstOrDefault()?.Id), kpis));
            else
                charts.Add(Perspective(dataset, statistics.ThemesByPerspective(table,
                    Perspectives.Contains(query["variable"]) && codeList.Attributes.Any(a => a.Id == query["variable"]) ? query["variable"]! : Perspectives.First(p => codeList.Attributes.Any(a => a.Id == p)))));
        }
        notes.Add(L("Categorieën onder 5% van de genoemde factoren worden niet getoond (zoals in het rapport).", "Categories under 5% of mentions are not shown (as in the report)."));
        var slicers = new List<ViewSlicer>
        {
            new("dataset", L("Dataset", "Dataset"), (await context.DatasetsAsync(cancellationToken)).Where(d => d.Metadata.Kind == DatasetKind.CodedAnswers)
                .Select(d => new ViewOption(d.Id, L(d.Metadata.Name, d.Metadata.Name))).ToList()),
            new("variable", L("Perspectief (interviews)", "Perspective (interviews)"), [
                new("primary_domain", L("Primaire doelgroep", "Primary domain")), new("represents", L("Vertegenwoordigt", "Represents")),
                new("background", L("Achtergrond", "Background"))]),
        };
        return new DashboardView("open-answers", context.Now, new ViewFilterSet(query.Values, slicers), kpis, charts, notes);
    }

    private static ViewChart Frequencies(DatasetRecord dataset, CodeFrequencyTable frequencies, List<ViewKpi> kpis)
    {
        var shown = frequencies.Groups.SelectMany(g => g.ShownCodes).Select(c => c.Code).Distinct().ToList();
        var codes = frequencies.Groups.SelectMany(g => g.Codes).Where(c => shown.Contains(c.Code)).GroupBy(c => c.Code).Select(g => (g.Key, g.First().Label)).ToList();
        var series = frequencies.Groups.Select(g =>
        {
            var cells = codes.Select(c => g.Codes.FirstOrDefault(x => x.Code == c.Key)).ToList();
            return ((LocalizedText)g.Label,
                (IReadOnlyList<double?>)cells.Select(c => c is null || c.BelowReportingShare || c.Mentions.Suppressed ? null : c.Mentions.Share * 100).ToList(),
                (IReadOnlyList<double?>?)null, (IReadOnlyList<double?>?)null,
                (IReadOnlyList<object?>)cells.Select(c => c is null ? null : c.Mentions.Suppressed ? c.Mentions.Display : c.BelowReportingShare ? "<5%" : (object?)c.PercentOfMentions).ToList());
        }).ToList();
        foreach (var group in frequencies.Groups.Where(g => g.TotalLine is not null))
            kpis.Add(new ViewKpi($"{dataset.Id}-{group.Group}", group.Label, group.Mentions, "integer", group.TotalLine));
        return ChartFactory.Grouped($"codes-{dataset.Id}", L($"{dataset.Metadata.Name}: % van de genoemde factoren", $"{dataset.Metadata.Name}: % of mentions"), codes, series, "%",
            colours: frequencies.Groups.Select(g => EntityColours.RespondentGroup(g.Group, frequencies.Groups.Select(x => x.Group)))
                .ToList());
    }

    private static ViewChart Perspective(DatasetRecord dataset, ThemePerspectiveMatrix matrix)
    {
        var groups = matrix.Groups;
        string CellText(CountCell cell, string lang) => cell.Suppressed ? cell.Display : cell.Share is { } s ? $"{cell.Count} ({Percent(s * 100, lang, 0)})" : cell.Display;
        var table = new ViewTable([new("theme", L("Thema", "Theme")), .. groups.Select(g => new ViewColumn(g.Code, g.Label)), new("total", L("Totaal", "Total"))],
            matrix.Rows.Select(r => (IReadOnlyList<object?>)[r.Label, .. r.Cells.Select(c => c.Suppressed ? c.Display : (object?)c.Count), r.Total.Suppressed ? r.Total.Display : r.Total.Count]).ToList());
        return ChartFactory.Custom($"themes-{dataset.Id}", L($"{dataset.Metadata.Name}: thema × {matrix.AttributeLabel.Nl}", $"{dataset.Metadata.Name}: theme × {matrix.AttributeLabel.En}"),
            lang => HeatmapFigure.Build(matrix.Rows.Select(r => r.Label.For(lang)).ToList(), groups.Select(g => $"{g.Label.For(lang)} ({g.Interviewees.Display})").ToList(),
                matrix.Rows.Select(r => (IReadOnlyList<double?>)r.Cells.Select(c => c.Suppressed ? null : c.Share * 100).ToList()).ToList(),
                matrix.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => CellText(c, lang)).ToList()).ToList(), null,
                lang == "nl" ? "% van de groep" : "% of group"),
            table, description: L("Aantal geïnterviewden dat het thema noemde, en het aandeel van hun groep.", "Interviewees who raised the theme, and the share of their group."));
    }
}
