using PohAnalytics.Core.Codebook;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>Explore: any codebook variable of a dataset, for everyone or one subgroup; clicking a bar filters the others.</summary>
public static class ExplorePage
{
    /// <summary>Builds the view.</summary>
    public static async Task<DashboardView> BuildAsync(ViewContext context, ViewQuery query, CancellationToken cancellationToken)
    {
        var all = await context.SurveyDatasetsAsync(cancellationToken);
        var selection = PageSelection.Resolve(context, query, all);
        if (selection.Dataset is null)
            return new DashboardView("explore", context.Now, new ViewFilterSet(query.Values, PageSelection.Slicers(context, all, null)), [], [], [context.SuppressionNote]);
        var data = await context.DataAsync(selection.Dataset, cancellationToken);
        var variables = context.Codebook.Variables.Where(VariableCodes.IsDistribution).ToList();
        var chosen = variables.FirstOrDefault(v => v.Id == query["variable"]) ?? context.Codebook["gender"];
        var dimensions = PageSelection.Dimensions(context, data);

        ViewChart Chart(VariableDefinition variable, string? crossFilter)
        {
            var (cells, n) = SubgroupDistribution.Compute(VariableCodes.Categories(variable, data), VariableCodes.Of(variable, data), dimensions, selection.Selected, context.Threshold);
            return ChartFactory.Distribution(variable.Id, variable.Label, cells, n, crossFilter,
                L($"n = {n?.ToString() ?? $"<{context.Threshold}"} met een antwoord", $"n = {n?.ToString() ?? $"<{context.Threshold}"} answered"));
        }

        var charts = new List<ViewChart> { Chart(chosen, context.Slicers.FirstOrDefault(s => s.Variable.Id == chosen.Id)?.Id) };
        charts.AddRange(context.Slicers.Where(s => s.Variable.Id != chosen.Id).Select(s => Chart(s.Variable, s.Id)));

        var slicers = PageSelection.Slicers(context, all, data).Append(new ViewSlicer("variable", L("Variabele", "Variable"),
            variables.Select(v => new ViewOption(v.Id, v.Label)).ToList())).ToList();
        var kpis = new List<ViewKpi>
        {
            new("respondents", L("Respondenten in selectie", "Respondents in selection"), (object?)RespondentsInGroup(context, data, dimensions, selection) ?? $"<{context.Threshold}", "integer"),
        };
        return new DashboardView("explore", context.Now, new ViewFilterSet(query.Values, slicers), kpis, charts, [context.SuppressionNote]);
    }

    private static long? RespondentsInGroup(ViewContext context, Core.Registry.CuratedData data, IReadOnlyList<(IReadOnlyList<string?> Codes, IReadOnlyList<string> Values)> dimensions, PageSelection selection)
    {
        var everyone = Enumerable.Repeat<string?>("all", data.RowCount).ToList();
        return SubgroupDistribution.Compute([("all", L("Allen", "All"))], everyone, dimensions, selection.Selected, context.Threshold).GroupSize;
    }
}
