using PohAnalytics.Core.Codebook;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>Overview: KPI cards (respondents, datasets, last refresh, norm compliance) and the datasets at a glance.</summary>
public static class OverviewPage
{
    /// <summary>Builds the view.</summary>
    public static async Task<DashboardView> BuildAsync(ViewContext context, ViewQuery query, CancellationToken cancellationToken)
    {
        var all = await context.SurveyDatasetsAsync(cancellationToken);
        var selection = PageSelection.Resolve(query, all);
        var everything = await context.DatasetsAsync(cancellationToken);
        // Datasets are different populations (waves, POH-GGZ vs GP): the KPI counts the selected dataset only and names it.
        var shown = selection.Dataset;
        var lastRefresh = (await context.Refreshes.ListAsync(10, cancellationToken)).FirstOrDefault(r => r.Outcome is "published" or "up-to-date");

        var kpis = new List<ViewKpi>
        {
            shown is null
                ? new("respondents", L("Respondenten", "Respondents"), "—", "text",
                    L("geen dataset geselecteerd", "no dataset selected"))
                : new("respondents", L("Respondenten", "Respondents"), context.Suppression.Count(shown.Rows), "integer",
                    L($"in {shown.Metadata.Name} (één dataset; zie de grafiek per dataset)",
                        $"in {shown.Metadata.Name} (one dataset; see the chart per dataset)")),
            new("datasets", L("Datasets", "Datasets"), everything.Count, "integer",
                L($"waarvan {everything.Count - all.Count} met gecodeerde antwoorden", $"of which {everything.Count - all.Count} with coded answers")),
            new("last-refresh", L("Laatst bijgewerkt", "Last refresh"), lastRefresh?.CompletedAt.ToString("yyyy-MM-dd HH:mm 'UTC'") ?? "—", "text"),
        };
        var charts = new List<ViewChart>();
        var disclosure = selection.Dataset is { } current ? await context.DisclosureAsync(current, cancellationToken) : null;
        if (selection.Dataset is { } dataset && disclosure is not null && selection.ForPage(disclosure) is { } group)
        {
            var norms = context.Codebook.Variables.Where(v => v.Norm is not null)
                .Select(v => (v, NormsPage.Met(disclosure, v, group))).Where(x => x.Item2.Percent is not null).ToList();
            if (norms.Count > 0)
                kpis.Add(new ViewKpi("norm-compliance", L("Gemiddeld aan normen voldaan", "Norms met on average"), norms.Average(n => n.Item2.Percent!.Value) / 100, "percent",
                    L($"{norms.Count} normen, {dataset.Metadata.Name}", $"{norms.Count} norms, {dataset.Metadata.Name}")));
            charts.Add(ChartFactory.Grouped("norms", L($"Normen — {dataset.Metadata.Name}", $"Norms — {dataset.Metadata.Name}"),
                norms.Select(n => (n.v.Norm!.Id, n.v.Norm.Label)).ToList(),
                [(L("Voldoet", "Meets"), norms.Select(n => n.Item2.Percent).ToList(), norms.Select(n => n.Item2.Lower).ToList(), norms.Select(n => n.Item2.Upper).ToList(), norms.Select(n => n.Item2.Cell).ToList())],
                "%"));
            var employment = context.Codebook["employment"];
            var (cells, n) = ExplorePage.Distribution(disclosure, employment.Id, group);
            charts.Add(ChartFactory.Distribution("employment", employment.Label, cells, n.Value, "employment"));
        }
        var sizes = selection.Datasets.Select(d => (d.Id, L(d.Metadata.Name, d.Metadata.Name))).ToList();
        charts.Insert(0, ChartFactory.Grouped("datasets", L("Respondenten per dataset", "Respondents per dataset"), sizes,
            [(L("Respondenten", "Respondents"), selection.Datasets.Select(d => d.Rows >= context.Threshold ? (double?)d.Rows : null).ToList(), null, null,
                selection.Datasets.Select(d => context.Suppression.Count(d.Rows)).ToList())], "n", "dataset"));
        var slicers = PageSelection.Slicers(all, disclosure);
        return new DashboardView("overview", context.Now, new ViewFilterSet(query.Values, slicers), kpis, charts, [context.SuppressionNote]);
    }
}
