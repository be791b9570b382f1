using PohAnalytics.Core.Codebook;
using PohAnalytics.Presentation.Figures;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>Trends across poll waves: norm compliance and the share of women per wave (datasets ordered by wave).</summary>
public static class TrendsPage
{
    /// <summary>Builds the view.</summary>
    public static async Task<DashboardView> BuildAsync(ViewContext context, ViewQuery query, CancellationToken cancellationToken)
    {
        var all = await context.SurveyDatasetsAsync(cancellationToken);
        var selection = PageSelection.Resolve(query with { Values = query.Values.Where(v => v.Key is not ("dataset" or "wave")).ToDictionary() }, all);
        var waves = selection.Datasets.OrderBy(d => d.Metadata.Wave ?? "", StringComparer.Ordinal).ToList();
        var waveLabels = waves.Select(d => $"{d.Metadata.Wave ?? "?"} · {d.Metadata.Name}").ToList();
        var norms = context.Codebook.Variables.Where(v => v.Norm is not null).ToList();
        var points = new List<(VariableDefinition Norm, List<(double? Percent, double? Lower, double? Upper, object? Cell, long? Answered)> Values)>();
        foreach (var variable in norms) points.Add((variable, []));
        Core.Disclosure.DatasetDisclosure? last = null;
        foreach (var dataset in waves)
        {
            var disclosure = last = await context.DisclosureAsync(dataset, cancellationToken);
            // A wave that does not serve the selection (unknown subgroup there, or too small) has no point.
            var respondents = PageSelection.Served(disclosure, selection.Filters);
            foreach (var (variable, values) in points)
                values.Add(respondents is null ? default : NormsPage.Met(disclosure, variable, respondents));
        }
        var measured = points.Where(p => p.Values.Count(v => v.Percent is not null) >= 1).ToList();
        var slicers = PageSelection.Slicers(all, last).Where(s => s.Id is not ("dataset" or "wave")).ToList();
        if (measured.Count == 0)
            return new DashboardView("trends", context.Now, new ViewFilterSet(query.Values, slicers), [], [], [context.SuppressionNote]);
        var table = new ViewTable([new("norm", L("Norm", "Norm")), .. waves.Select((w, i) => new ViewColumn($"w{i}", L(waveLabels[i], waveLabels[i])))],
            measured.Select(p => (IReadOnlyList<object?>)[p.Norm.Norm!.Label, .. p.Values.Select(v => v.Cell)]).ToList());
        var chart = ChartFactory.Custom("norm-trends", L("Normen over de rondes", "Norms across waves"), lang => LineFigure.Build(waveLabels,
            measured.Select((p, i) => new BarSeries(p.Norm.Norm!.Label.For(lang), p.Values.Select(v => v.Percent).ToList(), p.Values.Select(v => v.Lower).ToList(),
                p.Values.Select(v => v.Upper).ToList(), p.Values.Select(v => v.Cell?.ToString() ?? "").ToList(),
                EntityColours.Ordinal(norms.IndexOf(p.Norm)))).ToList(), "%"),
            table, description: L("Alleen rondes die de vraag stelden hebben een punt.", "Only waves that asked the question have a point."));
        return new DashboardView("trends", context.Now, new ViewFilterSet(query.Values, slicers), [], [chart], [context.SuppressionNote]);
    }
}
