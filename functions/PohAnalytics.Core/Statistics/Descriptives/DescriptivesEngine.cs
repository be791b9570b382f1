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
        if (weights is not null && weights.Count != data.RowCount)
            throw new ArgumentException($"Got {weights.Count} weights for {data.RowCount} respondents.", nameof(weights));
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

    private static VariableDescription DescribeCategories(VariableDescription description, VariableDefinition variable, CuratedData data, IReadOnlyList<double>? weights)
    {
        var codes = data.Codes(variable.Id) ?? new string?[data.RowCount];
        var valid = codes.Count(c => c is not null);
        var categories = CategoriesOf(variable, codes);
        var cells = categories
            .Select(c => Cell(c.Code, c.Label, codes.Select(x => x is null ? (bool?)null : x == c.Code).ToArray(), weights))
            .ToList();
        LikertAgreement? agreement = null;
        if (variable.Type == VariableType.Likert && variable.AgreeFrom is { } from)
        {
            var agrees = codes.Select(x => x is null ? (bool?)null : int.Parse(x, System.Globalization.CultureInfo.InvariantCulture) >= from).ToArray();
            var cell = Cell("agree", variable.Label, agrees, weights);
            agreement = new LikertAgreement(from, cell.Count, cell.Percent, cell.PercentCi);
        }
        return description with
        {
            NValid = valid,
            NEmpty = data.RowCount - valid,
            EffectiveN = EffectiveN(codes.Select(c => c is not null), weights),
            Categories = cells,
            Agreement = agreement,
        };
    }

    private static VariableDescription DescribeOptions(VariableDescription description, VariableDefinition variable, CuratedData data, IReadOnlyList<double>? weights)
    {
        var columns = variable.Categories.Select(o => (Option: o, Flags: data.Flags($"{variable.Id}__{o.Code}") ?? new bool?[data.RowCount])).ToList();
        var asked = Enumerable.Range(0, data.RowCount).Select(r => columns.Any(c => c.Flags[r] is not null)).ToArray();
        var cells = columns.Select(c => Cell(c.Option.Code, c.Option.Label, c.Flags, weights)).ToList();
        var respondentsAsked = asked.Count(a => a);
        return description with
        {
            NValid = respondentsAsked,
            NEmpty = data.RowCount - respondentsAsked,
            EffectiveN = EffectiveN(asked, weights),
            Categories = cells,
            Mentions = columns.Sum(c => c.Flags.Count(f => f == true)),
        };
    }

    private static VariableDescription DescribeNumber(VariableDescription description, VariableDefinition variable, CuratedData data, IReadOnlyList<double>? weights)
    {
        var values = data.Numbers(variable.Id) ?? new double?[data.RowCount];
        NumericDescription numeric;
        if (weights is null)
        {
            var summary = NumericSummary.Of(values);
            var ci = summary is { Mean: { } mean, StandardDeviation: { } sd } ? TInterval.Compute(mean, sd, summary.N).Interval : null;
            numeric = new NumericDescription(summary.N, summary.Mean, summary.StandardDeviation, summary.Median, summary.Min, summary.Max, ci);
        }
        else
        {
            var summary = WeightedNumericSummary.Of(values, weights);
            var ci = summary.Mean is not null && summary.StandardDeviation is not null ? summary.MeanInterval().Interval : null;
            numeric = new NumericDescription(summary.N, summary.Mean, summary.StandardDeviation, summary.Median, summary.Min, summary.Max, ci);
        }
        var bins = variable.Bins
            .Select(b => Cell(b.Code, b.Label, values.Select(v => v is { } x ? b.Contains(x) : (bool?)null).ToArray(), weights))
            .ToList();
        return description with
        {
            NValid = numeric.N,
            NEmpty = data.RowCount - numeric.N,
            EffectiveN = EffectiveN(values.Select(v => v is not null), weights),
            Numeric = numeric,
            Categories = bins,
        };
    }

    private static List<CategoryDefinition> CategoriesOf(VariableDefinition variable, string?[] codes)
    {
        var known = variable.Categories.ToList();
        // Open categories (e.g. region) and codes the codebook does not list are described by their own value, most frequent first.
        var extra = codes.Where(c => c is not null && known.All(k => k.Code != c))
            .GroupBy(c => c!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryDefinition(g.Key, new LocalizedText(g.Key, g.Key), []));
        return known.Concat(extra).ToList();
    }

    private static CategoryFrequency Cell(string code, LocalizedText label, IReadOnlyList<bool?> member, IReadOnlyList<double>? weights)
    {
        var n = member.Count(m => m is not null);
        var count = member.Count(m => m == true);
        WilsonInterval wilson;
        double? percent;
        if (weights is null)
        {
            wilson = WilsonInterval.Compute(count, n);
            percent = wilson.Proportion * 100;
        }
        else
        {
            var weighted = WeightedProportion.Compute(member, weights);
            wilson = weighted.Wilson;
            percent = weighted.Proportion * 100;
        }
        return new CategoryFrequency
        {
            Code = code,
            Label = label,
            Count = count,
            N = n,
            Percent = percent,
            PercentCi = ToPercent(wilson.Interval),
        };
    }

    private static double? EffectiveN(IEnumerable<bool> present, IReadOnlyList<double>? weights) =>
        weights is null ? null : WeightedProportion.Compute(present.Select(p => p ? (bool?)true : null).ToArray(), weights).EffectiveN;

    /// <summary>Scales an interval of proportions to percentages.</summary>
    public static ConfidenceInterval? ToPercent(ConfidenceInterval? interval) =>
        interval is { } ci ? new ConfidenceInterval(ci.Lower * 100, ci.Upper * 100, ci.Level) : null;
}
