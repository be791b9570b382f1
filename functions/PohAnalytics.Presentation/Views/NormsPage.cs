using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Statistics.Norms;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>Norms: the share meeting each norm of the brief, per dataset and per subgroup of a slicer.</summary>
public static class NormsPage
{
    /// <summary>Builds the view.</summary>
    public static async Task<DashboardView> BuildAsync(ViewContext context, ViewQuery query, CancellationToken cancellationToken)
    {
        var all = await context.SurveyDatasetsAsync(cancellationToken);
        var selection = PageSelection.Resolve(context, query, all);
        var norms = context.Codebook.Variables.Where(v => v.Norm is not null).ToList();
        var categories = norms.Select(v => (v.Norm!.Id, v.Norm.Label)).ToList();
        var charts = new List<ViewChart>();

        // Per dataset: each norm as a met / not met distribution, suppressed like any other.
        var series = new List<(LocalizedText, IReadOnlyList<double?>, IReadOnlyList<double?>?, IReadOnlyList<double?>?, IReadOnlyList<object?>)>();
        foreach (var dataset in selection.Datasets)
        {
            var data = await context.DataAsync(dataset, cancellationToken);
            var dimensions = PageSelection.Dimensions(context, data);
            var shares = norms.Select(v => Met(context, v, data, dimensions, selection.Selected)).ToList();
            if (shares.All(s => s.Answered is 0)) continue;
            series.Add((L(dataset.Metadata.Name, dataset.Metadata.Name), shares.Select(s => s.Percent).ToList(),
                shares.Select(s => s.Lower).ToList(), shares.Select(s => s.Upper).ToList(), shares.Select(s => s.Cell).ToList()));
        }
        charts.Add(ChartFactory.Grouped("norms-by-dataset", L("Aandeel dat aan de norm voldoet", "Share meeting the norm"), categories, series, "%",
            description: L("Percentage van wie de vraag beantwoordde, met 95%-betrouwbaarheidsinterval (Wilson).", "Percent of those who answered, with 95% confidence interval (Wilson).")));

        var applied = selection.Dataset;
        if (applied is not null)
        {
            var data = await context.DataAsync(applied, cancellationToken);
            var dimensions = PageSelection.Dimensions(context, data);
            var employment = context.Slicers.ToList().FindIndex(s => s.Id == "employment");
            var groups = context.Slicers[employment].Values(data);
            var bySubgroup = groups.Select(g =>
            {
                var shares = norms.Select(v => Met(context, v, data, dimensions, (employment, g.Code))).ToList();
                return ((LocalizedText)g.Label, (IReadOnlyList<double?>)shares.Select(s => s.Percent).ToList(), (IReadOnlyList<double?>?)null, (IReadOnlyList<double?>?)null, (IReadOnlyList<object?>)shares.Select(s => s.Cell).ToList());
            }).ToList();
            charts.Add(ChartFactory.Grouped("norms-by-employment", L($"Normen naar dienstverband — {applied.Metadata.Name}", $"Norms by employment — {applied.Metadata.Name}"),
                categories, bySubgroup, "%"));
        }
        var slicers = PageSelection.Slicers(context, all, applied is null ? null : await context.DataAsync(applied, cancellationToken));
        return new DashboardView("norms", context.Now, new ViewFilterSet(query.Values, slicers), [], charts,
            [context.SuppressionNote, L("Normen: vaste overlegmomenten met de huisarts; hoogstens 9 consulten per werkdag; wachttijd tot intake hoogstens 2 weken; ≥20 uur nascholing en ≥6 keer intervisie per jaar.",
                "Norms: fixed consultation moments with the GP; at most 9 consults per working day; waiting time to intake at most 2 weeks; ≥20 CPD hours and ≥6 intervision sessions a year.")]);
    }

    /// <summary>A norm for everyone or a subgroup: percent meeting it with its interval, or the suppression mark.</summary>
    public static (double? Percent, double? Lower, double? Upper, object? Cell, long? Answered) Met(
        ViewContext context, VariableDefinition variable, Core.Registry.CuratedData data,
        IReadOnlyList<(IReadOnlyList<string?> Codes, IReadOnlyList<string> Values)> dimensions, (int, string)? selected)
    {
        var raw = variable.Type == VariableType.Number ? (Array)(data.Numbers(variable.Id) ?? new double?[data.RowCount]) : data.Codes(variable.Id) ?? new string?[data.RowCount];
        var codes = Enumerable.Range(0, data.RowCount).Select(i => NormCompliance.Meets(variable.Norm!, raw.GetValue(i)) switch
        {
            true => "met",
            false => "not-met",
            null => null,
        }).ToList();
        var (cells, n) = SubgroupDistribution.Compute([("met", L("Voldoet", "Meets")), ("not-met", L("Voldoet niet", "Does not meet"))], codes, dimensions, selected, context.Threshold);
        var met = cells[0];
        if (met.Mark is not null || n is null) return (null, null, null, met.Mark ?? $"<{context.Threshold}", n);
        if (n == 0) return (null, null, null, null, 0);
        var interval = Core.Statistics.Proportions.WilsonInterval.Compute(met.Count!.Value, n.Value).Interval;
        return (met.Percent, interval?.Lower * 100, interval?.Upper * 100, Math.Round(met.Percent!.Value, 1), n);
    }
}
