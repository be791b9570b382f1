using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Statistics.Proportions;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Every count of one dataset version as an anonymous reader may get it, for every slicer combination, audited together
/// by <see cref="DisclosureControl"/>. Pages and API documents read their numbers and marks from here, so the same
/// variable, selection and category carry the same mark everywhere.
/// </summary>
public sealed class DatasetDisclosure
{
    /// <summary>Predicate key of "answered" (the n of a question).</summary>
    public const string AnsweredKey = "answered";
    /// <summary>Predicate key of "meets the norm".</summary>
    public const string MetKey = "met";
    /// <summary>Predicate key of "does not meet the norm".</summary>
    public const string NotMetKey = "notmet";

    private readonly IReadOnlyDictionary<string, ServedCount> _sizes;
    private readonly IReadOnlySet<string> _views;
    private readonly IReadOnlySet<string> _selections;
    private readonly IReadOnlyDictionary<string, (IReadOnlyList<(string Code, LocalizedText Label)> Categories, IReadOnlyDictionary<string, ServedCount> Cells)> _variables;

    internal DatasetDisclosure(int threshold, int minimumSubgroup, IReadOnlyList<ServedSlicer> slicers, IReadOnlyDictionary<string, ServedCount> sizes,
        IReadOnlySet<string> selections, IReadOnlySet<string> views,
        IReadOnlyDictionary<string, (IReadOnlyList<(string Code, LocalizedText Label)>, IReadOnlyDictionary<string, ServedCount>)> variables,
        DisclosureStatistics statistics)
    {
        Threshold = threshold;
        MinimumSubgroup = minimumSubgroup;
        Slicers = slicers;
        _sizes = sizes;
        _views = views;
        _selections = selections;
        _variables = variables;
        Statistics = statistics;
    }

    /// <summary>Smallest count shown.</summary>
    public int Threshold { get; }

    /// <summary>Smallest subgroup whose own view is served.</summary>
    public int MinimumSubgroup { get; }

    /// <summary>The slicers with their served subgroups.</summary>
    public IReadOnlyList<ServedSlicer> Slicers { get; }

    /// <summary>What the audit did.</summary>
    public DisclosureStatistics Statistics { get; }

    /// <summary>Builds a selection from slicer filters; throws <see cref="DisclosureRequestException"/> for an unknown subgroup.</summary>
    public RespondentSelection Select(IEnumerable<KeyValuePair<string, string>> filters)
    {
        var list = filters.ToList();
        foreach (var (slicer, value) in list)
        {
            var served = Slicers.FirstOrDefault(s => s.Slicer.Id == slicer)
                ?? throw new DisclosureRequestException($"There is no slicer '{slicer}'.");
            if (served.Values.All(v => v.Code != value))
                throw new DisclosureRequestException($"'{value}' is not a served subgroup of {slicer}; served: {string.Join(", ", served.Values.Select(v => v.Code))}.");
        }
        return new RespondentSelection(list, Slicers.Select(s => s.Slicer).ToList());
    }

    /// <summary>
    /// Respondents in a selection: the number, or its mark when it is hidden; null when it is served nowhere (none of the
    /// broader groups it belongs to is shown on its own, so no chart shows its size).
    /// </summary>
    public ServedCount? Size(RespondentSelection selection) =>
        _sizes.TryGetValue(selection.Key, out var size) ? size
            : _selections.Contains(selection.Key) ? null : throw new DisclosureRequestException($"Unknown selection '{selection.Key}'.");

    /// <summary>Whether the numbers of a selection are served.</summary>
    public bool IsServed(RespondentSelection selection) => _views.Contains(selection.Key);

    /// <summary>Why a selection is refused (Dutch / English), or null when it is served.</summary>
    public string? RefusalReason(RespondentSelection selection) => IsServed(selection) ? null : Size(selection)?.Mark switch
    {
        null => $"Deze combinatie wordt niet getoond: een bredere groep waar ze onder valt telt minder dan {MinimumSubgroup} respondenten. / " +
            $"This combination is not shown: a broader group it belongs to has fewer than {MinimumSubgroup} respondents.",
        CellMark.Shown => $"Deze combinatie telt minder dan {MinimumSubgroup} respondenten; zo'n kleine groep wordt niet apart getoond. / " +
            $"This combination has fewer than {MinimumSubgroup} respondents; a group that small is not shown on its own.",
        CellMark.Small => $"Deze combinatie telt minder dan {Threshold} respondenten en wordt niet getoond. / " +
            $"This combination has fewer than {Threshold} respondents and is not shown.",
        _ => "Deze combinatie wordt niet getoond om een kleine groep elders te beschermen. / This combination is not shown, to protect a small group elsewhere.",
    };

    /// <summary>The served categories of a variable (multi-response options: <c>variable__option</c> with "yes"/"no").</summary>
    public IReadOnlyList<(string Code, LocalizedText Label)> Categories(string variable) => Variable(variable).Categories;

    /// <summary>Whether the dataset's codebook has the variable.</summary>
    public bool Has(string variable) => _variables.ContainsKey(variable);

    /// <summary>A count of a variable in a selection by predicate key; null when the selection is not served.</summary>
    public ServedCount? Count(string variable, string key, RespondentSelection selection)
    {
        if (!IsServed(selection)) return null;
        return Variable(variable).Cells.TryGetValue($"{selection.Key}|{key}", out var count)
            ? count
            : throw new DisclosureRequestException($"Variable '{variable}' serves no count '{key}'.");
    }

    /// <summary>Respondents in the selection who gave a category.</summary>
    public ServedCount? Category(string variable, string code, RespondentSelection selection) => Count(variable, "c:" + code, selection);

    /// <summary>Respondents in the selection who answered (the n of the question).</summary>
    public ServedCount? Answered(string variable, RespondentSelection selection) => Count(variable, AnsweredKey, selection);

    /// <summary>Respondents in the selection in a group of categories.</summary>
    public ServedCount? Group(string variable, IEnumerable<string> categories, RespondentSelection selection) =>
        Count(variable, VariableCells.GroupKey(categories), selection);

    /// <summary>Respondents in the selection who (strongly) agree.</summary>
    public ServedCount? Agree(string variable, RespondentSelection selection) => Count(variable, VariableCells.AgreeKey, selection);

    /// <summary>Respondents in the selection meeting the variable's norm.</summary>
    public ServedCount? NormMet(string variable, RespondentSelection selection) => Count(variable, MetKey, selection);

    /// <summary>
    /// A count with its share of the variable's n in the selection (percent and Wilson interval), both only where count
    /// and n are shown; null when the selection is not served.
    /// </summary>
    public ServedShare? Share(string variable, string key, RespondentSelection selection)
    {
        if (Count(variable, key, selection) is not { } count || Answered(variable, selection) is not { } n) return null;
        if (!count.IsShown || !n.IsShown || n.Value is 0) return new ServedShare(count, n, null, null);
        var wilson = WilsonInterval.Compute(count.Value!.Value, n.Value!.Value);
        return new ServedShare(count, n, wilson.Proportion * 100, DescriptivesEngine.ToPercent(wilson.Interval));
    }

    private (IReadOnlyList<(string Code, LocalizedText Label)> Categories, IReadOnlyDictionary<string, ServedCount> Cells) Variable(string id) =>
        _variables.TryGetValue(id, out var variable) ? variable : throw new DisclosureRequestException($"There is no variable '{id}'.");
}
