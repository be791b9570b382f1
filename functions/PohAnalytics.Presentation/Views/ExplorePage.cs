using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Disclosure;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>Explore: any codebook variable of a dataset, for everyone or a combination of subgroups; clicking a bar filters the others.</summary>
public static class ExplorePage
{
    /// <summary>Builds the view.</summary>
    public static async Task<DashboardView> BuildAsync(ViewContext context, ViewQuery query, CancellationToken cancellationToken)
    {
        var all = await context.SurveyDatasetsAsync(cancellationToken);
        var selection = PageSelection.Resolve(query, all);
        if (selection.Dataset is null)
            return new DashboardView("explore", context.Now, new ViewFilterSet(query.Values, PageSelection.Slicers(all, null)), [], [], [context.SuppressionNote]);
        var disclosure = await context.DisclosureAsync(selection.Dataset, cancellationToken);
        if (selection.ForPage(disclosure) is not { } respondents)
            return new DashboardView("explore", context.Now, new ViewFilterSet(query.Values, PageSelection.Slicers(all, null)), [], [], [context.SuppressionNote]);
        var variables = context.Codebook.Variables.Where(ServedCategories.IsDistribution).ToList();
        var chosen = variables.FirstOrDefault(v => v.Id == query["variable"]) ?? context.Codebook["gender"];

        ViewChart Chart(VariableDefinition variable, string? crossFilter)
        {
            var (cells, n) = Distribution(disclosure, variable.Id, respondents);
            var shown = n.Display(context.Threshold);
            return ChartFactory.Distribution(variable.Id, variable.Label, cells, n.Value, crossFilter,
                L($"n = {shown} met een antwoord", $"n = {shown} answered"));
        }

        var slicers = disclosure.Slicers.Select(s => s.Slicer).ToList();
        var charts = new List<ViewChart> { Chart(chosen, slicers.FirstOrDefault(s => s.Variable.Id == chosen.Id)?.Id) };
        charts.AddRange(slicers.Where(s => s.Variable.Id != chosen.Id).Select(s => Chart(s.Variable, s.Id)));

        var options = PageSelection.Slicers(all, disclosure).Append(new ViewSlicer("variable", L("Variabele", "Variable"),
            variables.Select(v => new ViewOption(v.Id, v.Label)).ToList())).ToList();
        var kpis = new List<ViewKpi>
        {
            new("respondents", L("Respondenten in selectie", "Respondents in selection"), disclosure.Size(respondents)!.Value.Display(context.Threshold), "integer"),
        };
        return new DashboardView("explore", context.Now, new ViewFilterSet(query.Values, options), kpis, charts, [context.SuppressionNote]);
    }

    /// <summary>A variable's served distribution in a served selection, and its n (number or mark).</summary>
    public static (IReadOnlyList<DistributionCell> Cells, ServedCount N) Distribution(DatasetDisclosure disclosure, string variable, RespondentSelection selection)
    {
        var cells = disclosure.Categories(variable)
            .Select(c => DistributionCell.From(c.Code, c.Label, disclosure.Share(variable, "c:" + c.Code, selection)!, disclosure.Threshold)).ToList();
        return (cells, disclosure.Answered(variable, selection)!.Value);
    }
}
