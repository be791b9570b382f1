using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Statistics.Descriptive;
using PohAnalytics.Core.Statistics.Means;
using PohAnalytics.Core.Statistics.Proportions;
using PohAnalytics.Core.Statistics.Weighting;

namespace PohAnalytics.Core.Statistics.Descriptives;

/// <summary>
/// Computes the descriptives of every codebook variable from curated columns: counts, percentages and Wilson intervals
/// for categories; percent of respondents asked and mentions for multi-response; n, mean, SD, median, range, t interval
/// and bins for numbers; distribution and (strongly) agree for Likert. Empty answers ("not asked" or missing) never count
/// in a denominator. With weights, percentages and means are weighted and intervals use the Kish effective n.
/// </summary>
public static class DescriptivesEngine
{
    /// <summary>Describes every non-identifier variable of the codebook.</summary>
    /// <param name="codebook">The codebook the data was curated with.</param>
    /// <param name="data">Curated columns.</param>
    /// <param name="weights">Optional respondent weights (same order as the rows); unweighted when null.</param>
    public static DatasetDescriptives Describe(CodebookDefinition codebook, CuratedData data, IReadOnlyList<double>? weights = null)
    {
        CheckWeights(data, weights);
        // Variables are independent passes over their own columns: described in parallel, listed in codebook order.
        var variables = codebook.Variables
            .Where(v => v.Type != VariableType.Identifier)
            .AsParallel().AsOrdered()
            .Select(v => Describe(v, data, weights))
            .ToList();
        return new DatasetDescriptives(data.RowCount, weights is not null, variables);
    }

    /// <summary>Describes one variable.</summary>
    public static VariableDescription Describe(VariableDefinition variable, CuratedData data, IReadOnlyList<double>? weights = null)
    {
        CheckWeights(data, weights);
        var description = new VariableDescription
        {
            Variable = variable.Id,
            Type = variable.Type,
            Label = variable.Label,
            ReportTable = variable.ReportTable,
            Unit = variable.Unit,
            EmptyMeans = variable.Type == VariableType.MultiResponse ? variable.AllEmptyMeaning : variable.WhenEmpty,
        };
        return variable.Type switch
        {
            VariableType.MultiResponse => DescribeOptions(description, variable, data, weights),
            VariableType.Number => DescribeNumber(description, variable, data, weights),
            _ => DescribeCategories(description, variable, data, weights),
        };
    }

    // Each row's category is looked up once; every cell is then one pass over those indices (no array per category).
    private static VariableDescription DescribeCategories(VariableDescription description, VariableDefinition variable, CuratedData data, IReadOnlyList<double>? weights)
    {
        var coded = data.Coded(variable.Id);
        var (categories, positions) = data.Derived($"categories:{variable.Id}", () => CategoriesOf(variable, coded));
        var agrees = variable.Type == VariableType.Likert && variable.AgreeFrom is { } from
            ? categories.Select(c => int.Parse(c.Code, System.Globalization.CultureInfo.InvariantCulture) >= from).ToArray()
            : null;
        var labels = categories.Select(c => (c.Code, c.Label)).ToList();
        List<CategoryFrequency> cells;
        CategoryFrequency? agree = null;
        int valid;
        double? effectiveN = null;
        if (weights is null)
        {
            // Unweighted, a category's count is the sum of its codes' counts: no pass over the rows.
            var counts = new int[categories.Count];
            for (var v = 0; v < positions.Length; v++) counts[positions[v]] += coded.Counts[v];
            valid = counts.Sum();
            cells = labels.Select((c, k) => Frequency(c.Code, c.Label, valid, counts[k])).ToList();
            if (agrees is not null) agree = Frequency("agree", variable.Label, valid, counts.Where((_, k) => agrees[k]).Sum());
        }
        else
        {
            var index = data.Derived($"category-index:{variable.Id}", () => coded.Map(positions, -1));
            valid = index.Count(k => k >= 0);
            cells = Cells(labels, index, weights);
            if (agrees is not null)
                agree = Cell("agree", variable.Label, index.Length, i => index[i] < 0 ? null : agrees[index[i]], weights);
            effectiveN = EffectiveN(index.Length, i => index[i] >= 0, weights);
        }
        return description with
        {
            NValid = valid,
            NEmpty = data.RowCount - valid,
            EffectiveN = effectiveN,
            Categories = cells,
            Agreement = agree is null ? null : new LikertAgreement(variable.AgreeFrom!.Value, agree.Count, agree.Percent, agree.PercentCi),
        };
    }

    private static VariableDescription DescribeOptions(VariableDescription description, VariableDefinition variable, CuratedData data, IReadOnlyList<double>? weights)
    {
        var columns = variable.Categories.Select(o => (Option: o, Flags: data.Flags($"{variable.Id}__{o.Code}") ?? new bool?[data.RowCount])).ToList();
        var asked = new bool[data.RowCount];
        var mentions = 0;
        var answered = new int[columns.Count];
        var ticked = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var flags = columns[c].Flags;
            for (var r = 0; r < asked.Length; r++)
            {
                if (flags[r] is not { } flag) continue;
                asked[r] = true;
                answered[c]++;
                if (flag) ticked[c]++;
            }
            mentions += ticked[c];
        }
        var cells = weights is null
            ? columns.Select((c, k) => Frequency(c.Option.Code, c.Option.Label, answered[k], ticked[k])).ToList()
            : columns.Select(c => Cell(c.Option.Code, c.Option.Label, c.Flags.Length, i => c.Flags[i], weights)).ToList();
        var respondentsAsked = asked.Count(a => a);
        return description with
        {
            NValid = respondentsAsked,
            NEmpty = data.RowCount - respondentsAsked,
            EffectiveN = EffectiveN(asked.Length, i => asked[i], weights),
            Categories = cells,
            Mentions = mentions,
        };
    }

    private static VariableDescription DescribeNumber(VariableDescription description, VariableDefinition variable, CuratedData data, IReadOnlyList<double>? weights)
    {
        var values = data.Numbers(variable.Id) ?? new double?[data.RowCount];
        NumericDescription numeric;
        if (weights is null)
        {
            var summary = NumericSummary.Of(data.Ranks(variable.Id));
            var ci = summary is { Mean: { } mean, StandardDeviation: { } sd } ? TInterval.Compute(mean, sd, summary.N).Interval : null;
            numeric = new NumericDescription(summary.N, summary.Mean, summary.StandardDeviation, summary.Median, summary.Min, summary.Max, ci);
        }
        else
        {
            var summary = WeightedNumericSummary.Of(data.Ranks(variable.Id), weights);
            var ci = summary.Mean is not null && summary.StandardDeviation is not null ? summary.MeanInterval().Interval : null;
            numeric = new NumericDescription(summary.N, summary.Mean, summary.StandardDeviation, summary.Median, summary.Min, summary.Max, ci);
        }
        // Each bin is decided once per distinct value (NaN has no rank and is decided on its own).
        var ranks = data.Ranks(variable.Id);
        var bins = variable.Bins.Select(b =>
        {
            var holds = ranks.Distinct.Select(b.Contains).ToArray();
            return Cell(b.Code, b.Label, values.Length,
                i => ranks.Rank[i] >= 0 ? holds[ranks.Rank[i]] : values[i] is { } x ? b.Contains(x) : null, weights);
        }).ToList();
        return description with
        {
            NValid = numeric.N,
            NEmpty = data.RowCount - numeric.N,
            EffectiveN = EffectiveN(values.Length, i => values[i] is not null, weights),
            Numeric = numeric,
            Categories = bins,
        };
    }

    // The codebook's categories, then open categories (e.g. region) and codes the codebook does not list, described by
    // their own value, most frequent first; with each row's position in that list (-1 for an empty answer).
    // The variable's categories (the codebook's, then codes it lacks by frequency) and each distinct code's position among them.
    private static (List<CategoryDefinition> Categories, int[] Positions) CategoriesOf(VariableDefinition variable, CodedColumn coded)
    {
        var categories = variable.Categories.ToList();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < categories.Count; k++) positions.TryAdd(categories[k].Code, k);
        // The coded column lists its codes in order of first appearance, so the ties among extra codes break as before.
        var extra = Enumerable.Range(0, coded.Values.Length).Where(v => !positions.ContainsKey(coded.Values[v]))
            .OrderByDescending(v => coded.Counts[v]).ThenBy(v => coded.Values[v], StringComparer.Ordinal).ToList();
        foreach (var v in extra)
        {
            positions[coded.Values[v]] = categories.Count;
            categories.Add(new CategoryDefinition(coded.Values[v], new LocalizedText(coded.Values[v], coded.Values[v]), []));
        }
        return (categories, coded.Values.Select(code => positions[code]).ToArray());
    }

    // Every category of one index per row in a single weighted pass (the same sums per category as one pass each).
    private static List<CategoryFrequency> Cells(
        IReadOnlyList<(string Code, LocalizedText Label)> categories, int[] index, IReadOnlyList<double> weights) =>
        WeightedProportion.PerCategory(index, categories.Count, weights)
            .Select((w, k) => Frequency(categories[k].Code, categories[k].Label, w.N, w.UnweightedSuccesses, w.Wilson, w.Proportion * 100))
            .ToList();

    private static CategoryFrequency Cell(
        string code, LocalizedText label, int rows, Func<int, bool?> member, IReadOnlyList<double>? weights)
    {
        int n, count;
        WilsonInterval wilson;
        double? percent;
        if (weights is null)
        {
            (n, count) = (0, 0);
            for (var i = 0; i < rows; i++)
                if (member(i) is { } value)
                {
                    n++;
                    if (value) count++;
                }
            wilson = WilsonInterval.Compute(count, n);
            percent = wilson.Proportion * 100;
        }
        else
        {
            var weighted = WeightedProportion.Compute(rows, member, weights);
            (n, count) = (weighted.N, weighted.UnweightedSuccesses);
            wilson = weighted.Wilson;
            percent = weighted.Proportion * 100;
        }
        return Frequency(code, label, n, count, wilson, percent);
    }

    private static CategoryFrequency Frequency(string code, LocalizedText label, int n, int count)
    {
        var wilson = WilsonInterval.Compute(count, n);
        return Frequency(code, label, n, count, wilson, wilson.Proportion * 100);
    }

    private static CategoryFrequency Frequency(
        string code, LocalizedText label, int n, int count, WilsonInterval wilson, double? percent) => new()
    {
        Code = code,
        Label = label,
        Count = count,
        N = n,
        Percent = percent,
        PercentCi = ToPercent(wilson.Interval),
    };

    private static double? EffectiveN(int rows, Func<int, bool> present, IReadOnlyList<double>? weights) =>
        weights is null ? null : WeightedProportion.Compute(rows, i => present(i) ? true : null, weights).EffectiveN;

    private static void CheckWeights(CuratedData data, IReadOnlyList<double>? weights)
    {
        if (weights is not null && weights.Count != data.RowCount)
            throw new ArgumentException($"Got {weights.Count} weights for {data.RowCount} respondents.", nameof(weights));
    }

    /// <summary>Scales an interval of proportions to percentages.</summary>
    public static ConfidenceInterval? ToPercent(ConfidenceInterval? interval) =>
        interval is { } ci ? new ConfidenceInterval(ci.Lower * 100, ci.Upper * 100, ci.Level) : null;
}
