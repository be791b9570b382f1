using PohAnalytics.Core.Registry;
using static PohAnalytics.Presentation.Views.Text;

namespace PohAnalytics.Presentation.Views;

/// <summary>What a request selects: the dataset (by id, wave or respondent type) and at most one respondent slicer.</summary>
public sealed record PageSelection(DatasetRecord? Dataset, IReadOnlyList<DatasetRecord> Datasets, int? SlicerIndex, string? SlicerValue)
{
    /// <summary>Resolves a query against the datasets; throws <see cref="ViewRequestException"/> for contradictions.</summary>
    public static PageSelection Resolve(ViewContext context, ViewQuery query, IReadOnlyList<DatasetRecord> datasets)
    {
        var candidates = datasets.Where(d => query["respondentType"] is not { } type || d.Metadata.RespondentTypeName == type)
            .Where(d => query["wave"] is not { } wave || d.Metadata.Wave == wave).ToList();
        DatasetRecord? dataset;
        if (query["dataset"] is { } id)
            dataset = candidates.FirstOrDefault(d => d.Id == id) ?? throw new ViewRequestException($"No dataset '{id}' matches the selection.");
        else
            dataset = candidates.FirstOrDefault(d => d.Metadata.Kind == DatasetKind.Survey) ?? candidates.FirstOrDefault();
        var slicers = context.Slicers.Select((s, i) => (i, value: query[s.Id])).Where(x => x.value is not null).ToList();
        if (slicers.Count > 1)
            throw new ViewRequestException("Kies één uitsplitsing tegelijk (dienstverband, regio of ervaring): zo blijven kleine groepen beschermd. / " +
                "Choose one breakdown at a time (employment, region or experience): this keeps small groups protected.");
        return new PageSelection(dataset, candidates, slicers.Count == 1 ? slicers[0].i : null, slicers.Count == 1 ? slicers[0].value : null);
    }

    /// <summary>The selected slicer as the distribution helper wants it.</summary>
    public (int Dimension, string Value)? Selected => SlicerIndex is { } i ? (i, SlicerValue!) : null;

    /// <summary>Slicers for a page: dataset, wave and respondent type from the registry, the respondent slicers from the data.</summary>
    public static IReadOnlyList<ViewSlicer> Slicers(ViewContext context, IReadOnlyList<DatasetRecord> all, CuratedData? data, bool respondentSlicers = true)
    {
        var list = new List<ViewSlicer>
        {
            new("dataset", L("Dataset", "Dataset"), all.Select(d => new ViewOption(d.Id, L(d.Metadata.Name, d.Metadata.Name))).ToList()),
            new("wave", L("Ronde / jaar", "Wave / year"), all.Select(d => d.Metadata.Wave).OfType<string>().Distinct().Order(StringComparer.Ordinal)
                .Select(w => new ViewOption(w, L(w, w))).ToList()),
            new("respondentType", L("Respondenten", "Respondents"), all.Select(d => d.Metadata.RespondentTypeName).Distinct()
                .Select(t => new ViewOption(t, t == "gp" ? L("Huisartsen", "GPs") : L("POH's-GGZ", "POH-GGZ"))).ToList()),
        };
        if (respondentSlicers && data is not null)
            list.AddRange(context.Slicers.Select(s => new ViewSlicer(s.Id, s.Label, s.Values(data).Select(v => new ViewOption(v.Code, v.Label)).ToList())));
        return list;
    }

    /// <summary>The applied filters echoed back.</summary>
    public static IReadOnlyDictionary<string, string> Applied(ViewQuery query) => query.Values;

    /// <summary>Subgroup codes of every slicer for a dataset.</summary>
    public static IReadOnlyList<(IReadOnlyList<string?> Codes, IReadOnlyList<string> Values)> Dimensions(ViewContext context, CuratedData data) =>
        context.Slicers.Select(s => (s.Codes(data), (IReadOnlyList<string>)s.Values(data).Select(v => v.Code).ToList())).ToList();
}
