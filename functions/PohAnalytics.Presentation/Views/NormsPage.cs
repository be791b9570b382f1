using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Disclosure;
using PohAnalytics.Presentation.Figures;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>Norms: the share meeting each norm of the brief, per dataset and per employment subgroup.</summary>
public static class NormsPage
{
    /// <summary>Builds the view.</summary>
    public static async Task<DashboardView> BuildAsync(ViewContext context, ViewQuery query, CancellationToken cancellationToken)
    {
        var all = await context.SurveyDatasetsAsync(cancellationToken);
        var selection = PageSelection.Resolve(query, all);
        var norms = context.Codebook.Variables.Where(v => v.Norm is not null).ToList();
        var categories = norms.Select(v => (v.Norm!.Id, v.Norm.Label)).ToList();
        var charts = new List<ViewChart>();

        // Per dataset: each norm's share of those who answered, as served by the dataset's audit.
        var series = new List<(LocalizedText, IReadOnlyList<double?>, IReadOnlyList<double?>?, IReadOnlyList<double?>?, IReadOnlyList<object?>)>();
        var datasetColours = new List<string>();
        foreach (var dataset in selection.Datasets)
        {
            var disclosure = await context.DisclosureAsync(dataset, cancellationToken);
            if (PageSelection.Served(disclosure, selection.Filters) is not { } respondents) continue;
            var shares = norms.Select(v => Met(disclosure, v, respondents)).ToList();
            if (shares.All(s => s.Answered is 0)) continue;
            datasetColours.Add(EntityColours.Dataset(dataset.Id, all.Select(d => d.Id)));
            series.Add((L(dataset.Metadata.Name, dataset.Metadata.Name), shares.Select(s => s.Percent).ToList(),
                shares.Select(s => s.Lower).ToList(), shares.Select(s => s.Upper).ToList(), shares.Select(s => s.Cell).ToList()));
        }
        if (series.Count > 0)
            charts.Add(ChartFactory.Grouped("norms-by-dataset", L("Aandeel dat aan de norm voldoet", "Share meeting the norm"), categories, series, "%", colours: datasetColours,
                description: L("Percentage van wie de vraag beantwoordde, met 95%-betrouwbaarheidsinterval (Wilson).", "Percent of those who answered, with 95% confidence interval (Wilson).")));

        var applied = selection.Dataset;
        ViewFilterSet filters;
        var appliedDisclosure = applied is null ? null : await context.DisclosureAsync(applied, cancellationToken);
        if (applied is not null && appliedDisclosure is not null && selection.ForPage(appliedDisclosure) is not null)
        {
            var disclosure = appliedDisclosure;
            var groups = disclosure.Slicers.First(s => s.Slicer.Id == "employment").Values;
            var bySubgroup = groups.Select(g =>
            {
                var respondents = PageSelection.Served(disclosure, selection.With("employment", g.Code));
                var shares = norms.Select(v => respondents is null ? default : Met(disclosure, v, respondents)).ToList();
                return ((LocalizedText)g.Label, (IReadOnlyList<double?>)shares.Select(s => s.Percent).ToList(), (IReadOnlyList<double?>?)null, (IReadOnlyList<double?>?)null,
                    (IReadOnlyList<object?>)shares.Select(s => s.Cell).ToList());
            }).ToList();
            charts.Add(ChartFactory.Grouped("norms-by-employment", L($"Normen naar dienstverband — {applied.Metadata.Name}", $"Norms by employment — {applied.Metadata.Name}"),
                categories, bySubgroup, "%", colours: groups.Select((_, i) => EntityColours.Ordinal(i)).ToList(),
                description: L("Een groep zonder staaf is te klein om apart te tonen.", "A group without a bar is too small to show on its own.")));
            filters = new ViewFilterSet(query.Values, PageSelection.Slicers(all, disclosure));
        }
        else
        {
            filters = new ViewFilterSet(query.Values, PageSelection.Slicers(all, null));
        }
        return new DashboardView("norms", context.Now, filters, [], charts,
            [context.SuppressionNote, L("Normen: vaste overlegmomenten met de huisarts; hoogstens 9 consulten per werkdag; wachttijd tot intake hoogstens 2 weken; ≥20 uur nascholing en ≥6 keer intervisie per jaar.",
                "Norms: fixed consultation moments with the GP; at most 9 consults per working day; waiting time to intake at most 2 weeks; ≥20 CPD hours and ≥6 intervision sessions a year.")]);
    }

    /// <summary>A norm in a served selection: percent meeting it with its interval, or the mark that hides it.</summary>
    public static (double? Percent, double? Lower, double? Upper, object? Cell, long? Answered) Met(
        DatasetDisclosure disclosure, VariableDefinition variable, RespondentSelection selection)
    {
        var share = disclosure.Share(variable.Id, DatasetDisclosure.MetKey, selection)!;
        if (!share.N.IsShown) return (null, null, null, share.N.Display(disclosure.Threshold), null);
        if (share.N.Value is 0) return (null, null, null, null, 0);
        if (!share.Count.IsShown) return (null, null, null, share.Count.Display(disclosure.Threshold), share.N.Value);
        return (share.Percent, share.PercentCi?.Lower, share.PercentCi?.Upper, Math.Round(share.Percent!.Value, 1), share.N.Value);
    }
}
