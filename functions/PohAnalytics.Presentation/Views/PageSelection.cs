using PohAnalytics.Core.Disclosure;
using PohAnalytics.Core.Registry;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>What a request selects: the dataset (by id, wave or respondent type) and any combination of respondent slicers.</summary>
/// <param name="Dataset">The dataset a single-dataset page shows.</param>
/// <param name="Datasets">The datasets that match the dataset filters.</param>
/// <param name="Filters">Respondent slicer id and value, as requested.</param>
public sealed record PageSelection(DatasetRecord? Dataset, IReadOnlyList<DatasetRecord> Datasets, IReadOnlyList<KeyValuePair<string, string>> Filters)
{
    /// <summary>Ids of the respondent slicers (URL parameters), in order.</summary>
    public static readonly string[] RespondentSlicers = ["employment", "region", "experience"];

    /// <summary>Resolves a query against the datasets; throws <see cref="ViewRequestException"/> for contradictions.</summary>
    public static PageSelection Resolve(ViewQuery query, IReadOnlyList<DatasetRecord> datasets)
    {
        var candidates = datasets.Where(d => query["respondentType"] is not { } type || d.Metadata.RespondentTypeName == type)
            .Where(d => query["wave"] is not { } wave || d.Metadata.Wave == wave).ToList();
        DatasetRecord? dataset;
        if (query["dataset"] is { } id)
            dataset = candidates.FirstOrDefault(d => d.Id == id) ?? throw new ViewRequestException($"No dataset '{id}' matches the selection.");
        else
            dataset = candidates.FirstOrDefault(d => d.Metadata.Kind == DatasetKind.Survey) ?? candidates.FirstOrDefault();
        var filters = RespondentSlicers.Where(s => query[s] is not null).Select(s => new KeyValuePair<string, string>(s, query[s]!)).ToList();
        return new PageSelection(dataset, candidates, filters);
    }

    /// <summary>
    /// The selection in a dataset's audit when it is served; throws <see cref="ViewRequestException"/> with the reason when
    /// a subgroup is unknown or the combination is refused (too small, or protecting another group).
    /// </summary>
    public RespondentSelection Require(DatasetDisclosure disclosure) => Require(disclosure, Filters);

    /// <summary>
    /// The selection of a page: with filters, as <see cref="Require(DatasetDisclosure)"/>; without, everyone, or null when
    /// the dataset is too small to be shown at all (the page then shows nothing of it rather than failing).
    /// </summary>
    public RespondentSelection? ForPage(DatasetDisclosure disclosure) =>
        Filters.Count == 0 ? Served(disclosure, Filters) : Require(disclosure);

    /// <summary>The selection with its filters, or null when the dataset does not serve it (unknown subgroup or refused).</summary>
    public static RespondentSelection? Served(DatasetDisclosure disclosure, IReadOnlyList<KeyValuePair<string, string>> filters)
    {
        try
        {
            var selection = disclosure.Select(filters);
            return disclosure.IsServed(selection) ? selection : null;
        }
        catch (DisclosureRequestException)
        {
            return null;
        }
    }

    /// <summary>The filters with one slicer set to a value (replacing its value when set).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> With(string slicer, string value) =>
        [.. Filters.Where(f => f.Key != slicer), new(slicer, value)];

    private static RespondentSelection Require(DatasetDisclosure disclosure, IReadOnlyList<KeyValuePair<string, string>> filters)
    {
        RespondentSelection selection;
        try
        {
            selection = disclosure.Select(filters);
        }
        catch (DisclosureRequestException ex)
        {
            throw new ViewRequestException(ex.Message);
        }
        return disclosure.RefusalReason(selection) is { } reason ? throw new ViewRequestException(reason) : selection;
    }

    /// <summary>Slicers for a page: dataset, wave and respondent type from the registry, the respondent slicers as the audit serves them.</summary>
    public static IReadOnlyList<ViewSlicer> Slicers(IReadOnlyList<DatasetRecord> all, DatasetDisclosure? disclosure, bool respondentSlicers = true)
    {
        var list = new List<ViewSlicer>
        {
            new("dataset", L("Dataset", "Dataset"), all.Select(d => new ViewOption(d.Id, L(d.Metadata.Name, d.Metadata.Name))).ToList()),
            new("wave", L("Ronde / jaar", "Wave / year"), all.Select(d => d.Metadata.Wave).OfType<string>().Distinct().Order(StringComparer.Ordinal)
                .Select(w => new ViewOption(w, L(w, w))).ToList()),
            new("respondentType", L("Respondenten", "Respondents"), all.Select(d => d.Metadata.RespondentTypeName).Distinct()
                .Select(t => new ViewOption(t, t == "gp" ? L("Huisartsen", "GPs") : L("POH's-GGZ", "POH-GGZ"))).ToList()),
        };
        if (respondentSlicers && disclosure is not null)
            list.AddRange(disclosure.Slicers.Select(s => new ViewSlicer(s.Slicer.Id, s.Slicer.Label, s.Values.Select(v => new ViewOption(v.Code, v.Label)).ToList())));
        return list;
    }
}
