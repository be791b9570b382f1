using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Statistics.Descriptive;
using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Statistics.EffectSizes;
using PohAnalytics.Core.Statistics.Means;
using PohAnalytics.Core.Statistics.Proportions;
using PohAnalytics.Core.Statistics.Weighting;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// Compares a dataset with a benchmark, treating the benchmark as another sample of known n: per percentage a
/// difference with its interval, z-test, Cohen's h and SMD; per categorical distribution a chi-square test of
/// homogeneity; per mean the difference, the sample's interval, an SMD and (when the benchmark SD is known) a Welch test;
/// and a verdict per codebook variable. With weights (raking), sample figures are weighted on the effective n.
/// </summary>
public static class RepresentativenessEngine
{
    /// <summary>Compares the dataset with every figure of the benchmark.</summary>
    /// <param name="codebook">Codebook of the data and the benchmark.</param>
    /// <param name="data">Curated columns of the dataset.</param>
    /// <param name="benchmark">The benchmark version.</param>
    /// <param name="weights">Optional respondent weights; unweighted when null.</param>
    public static Comparisons Compare(CodebookDefinition codebook, CuratedData data, BenchmarkDefinition benchmark, IReadOnlyList<double>? weights = null)
    {
        var proportions = new List<ProportionComparison>();
        var means = new List<MeanComparison>();
        foreach (var item in benchmark.Items)
        {
            var variable = codebook[item.Variable];
            if (item.Statistic == BenchmarkStatistic.Mean)
                means.Add(CompareMean(variable, data, benchmark, item, weights));
            else
                proportions.Add(CompareProportion(variable, data, benchmark, item, weights));
        }
        var distributions = codebook.Variables
            .Where(v => v.IsCategorical)
            .Select(v => TestDistribution(v, data, benchmark, weights))
            .OfType<DistributionTest>()
            .ToList();
        return new Comparisons(proportions, means, distributions, Summarise(codebook, proportions, means, distributions));
    }

    /// <summary>Whether each respondent falls in the item's categories (null: no valid answer).</summary>
    public static bool?[] Membership(VariableDefinition variable, CuratedData data, IReadOnlyList<string> categories)
    {
        if (variable.Type == VariableType.MultiResponse)
            return data.Flags($"{variable.Id}__{categories[0]}") ?? new bool?[data.RowCount];
        var codes = data.Codes(variable.Id) ?? new string?[data.RowCount];
        return codes.Select(c => c is null ? (bool?)null : categories.Contains(c)).ToArray();
    }

    private static ProportionComparison CompareProportion(VariableDefinition variable, CuratedData data, BenchmarkDefinition benchmark, BenchmarkItem item, IReadOnlyList<double>? weights)
    {
        var member = Membership(variable, data, item.Categories);
        var count = member.Count(m => m == true);
        var (p1, n1, ci) = SampleProportion(member, weights);
        var benchmarkN = item.N ?? benchmark.Respondents;
        var p2 = item.Value / 100;
        var comparison = new ProportionComparison
        {
            Variable = variable.Id,
            Categories = item.Categories,
            Label = LabelOf(variable, item.Categories),
            BenchmarkLabel = item.Label,
            SampleCount = count,
            SampleN = n1,
            SamplePercent = p1 * 100,
            SamplePercentCi = DescriptivesEngine.ToPercent(ci),
            BenchmarkPercent = item.Value,
            BenchmarkN = benchmarkN,
            BenchmarkCountApproximate = !benchmark.HasMicrodata,
        };
        if (p1 is not { } p || n1 <= 0)
            return comparison with { Note = "The sample has no valid answers to compare." };
        var test = TwoProportionZTest.FromProportions(p, n1, p2, benchmarkN);
        return comparison with
        {
            DifferencePoints = test.DifferencePercentagePoints,
            DifferenceCi = new ConfidenceInterval(test.DifferenceInterval.Lower * 100, test.DifferenceInterval.Upper * 100, test.DifferenceInterval.Level),
            Z = test.Z,
            PValue = test.PValue,
            CohensH = EffectSizes.CohensH.Compute(p, p2).Value,
            Smd = StandardizedDifference.ForProportions(p, p2).Value,
            Note = test.UndefinedReason,
        };
    }

    private static (double? Proportion, double N, ConfidenceInterval? Ci) SampleProportion(bool?[] member, IReadOnlyList<double>? weights)
    {
        if (weights is null)
        {
            var wilson = WilsonInterval.Compute(member.Count(m => m == true), member.Count(m => m is not null));
            return (wilson.Proportion, wilson.N, wilson.Interval);
        }
        var weighted = WeightedProportion.Compute(member, weights);
        return (weighted.Proportion, weighted.EffectiveN, weighted.Wilson.Interval);
    }

    private static MeanComparison CompareMean(VariableDefinition variable, CuratedData data, BenchmarkDefinition benchmark, BenchmarkItem item, IReadOnlyList<double>? weights)
    {
        var values = data.Numbers(variable.Id) ?? new double?[data.RowCount];
        double n;
        double? mean, sd;
        if (weights is null)
        {
            var summary = NumericSummary.Of(values);
            (n, mean, sd) = (summary.N, summary.Mean, summary.StandardDeviation);
        }
        else
        {
            var summary = WeightedNumericSummary.Of(values, weights);
            (n, mean, sd) = (summary.EffectiveN, summary.Mean, summary.StandardDeviation);
        }
        var benchmarkN = item.N ?? benchmark.Respondents;
        var comparison = new MeanComparison
        {
            Variable = variable.Id,
            Label = variable.Label,
            SampleN = n,
            SampleMean = mean,
            SampleSd = sd,
            BenchmarkMean = item.Value,
            BenchmarkSd = item.StandardDeviation,
            BenchmarkN = benchmarkN,
            SmdUsesSampleSdOnly = item.StandardDeviation is null,
        };
        if (mean is not { } m)
            return comparison with { Note = "The sample has no values to compare." };
        if (sd is not { } s)
            return comparison with { Difference = m - item.Value, Note = "One sample value: no SD, interval or SMD." };
        var interval = TInterval.Compute(m, s, n).Interval;
        if (item.StandardDeviation is not { } benchmarkSd)
            return comparison with
            {
                SampleMeanCi = interval,
                Difference = m - item.Value,
                Smd = StandardizedDifference.ForMeansUsingSampleSd(m, s, item.Value).Value,
                Note = "The benchmark published no SD: the SMD uses the sample SD only and no test is possible.",
            };
        var welch = WelchTTest.Compute(m, s, n, item.Value, benchmarkSd, benchmarkN);
        return comparison with
        {
            SampleMeanCi = interval,
            Difference = m - item.Value,
            Smd = StandardizedDifference.ForMeans(m, s, item.Value, benchmarkSd).Value,
            WelchT = welch.T,
            WelchDf = welch.DegreesOfFreedom,
            PValue = welch.PValue,
            DifferenceCi = welch.DifferenceInterval,
            Note = welch.UndefinedReason,
        };
    }

    private static DistributionTest? TestDistribution(VariableDefinition variable, CuratedData data, BenchmarkDefinition benchmark, IReadOnlyList<double>? weights)
    {
        var items = benchmark.ItemsOf(variable.Id).Where(i => i.IsSingleCategory).ToList();
        if (items.Count < 2) return null;
        var order = variable.Categories.Select(c => c.Code).ToList();
        items = items.OrderBy(i => order.IndexOf(i.Categories[0])).ToList();
        var codes = data.Codes(variable.Id) ?? new string?[data.RowCount];
        var measured = items.Select(i => i.Categories[0]).ToList();
        var excluded = codes.Where(c => c is not null && !measured.Contains(c)).Distinct().Order(StringComparer.Ordinal).Select(c => c!).ToList();
        double[] sampleCounts;
        if (weights is null)
            sampleCounts = measured.Select(code => (double)codes.Count(c => c == code)).ToArray();
        else
        {
            // Weighted counts scaled to the effective n of the respondents in the measured categories.
            var inScope = codes.Select(c => c is not null && measured.Contains(c) ? (bool?)true : null).ToArray();
            var effectiveN = WeightedProportion.Compute(inScope, weights).EffectiveN;
            var totals = measured.Select(code => codes.Select((c, i) => c == code ? weights[i] : 0).Sum()).ToArray();
            var sum = totals.Sum();
            sampleCounts = totals.Select(t => sum > 0 ? t / sum * effectiveN : 0).ToArray();
        }
        var benchmarkCounts = items.Select(i =>
        {
            var count = i.Value / 100 * (i.N ?? benchmark.Respondents);
            return benchmark.HasMicrodata ? Math.Round(count) : count;
        }).ToArray();
        var approximate = !benchmark.HasMicrodata || weights is not null;
        var test = ChiSquareHomogeneityTest.Compute(sampleCounts, benchmarkCounts, approximate);
        return new DistributionTest
        {
            Variable = variable.Id,
            Label = variable.Label,
            Categories = measured,
            ExcludedSampleCategories = excluded,
            ChiSquare = test.ChiSquare,
            DegreesOfFreedom = test.DegreesOfFreedom,
            PValue = test.PValue,
            CramersV = test.CramersV,
            MinimumExpectedCount = test.MinimumExpectedCount,
            HasExpectedCountBelowFive = test.HasExpectedCountBelowFive,
            Approximate = approximate,
            NotApplicableReason = test.NotApplicableReason,
        };
    }

    /// <summary>Verdicts per variable and the summary over them.</summary>
    public static RepresentativenessSummary Summarise(
        CodebookDefinition codebook, IReadOnlyList<ProportionComparison> proportions, IReadOnlyList<MeanComparison> means, IReadOnlyList<DistributionTest> distributions)
    {
        var verdicts = new List<VariableVerdict>();
        foreach (var variable in codebook.Variables.Where(v => v.Type != VariableType.Identifier))
        {
            var ps = proportions.Where(c => c.Variable == variable.Id).ToList();
            var ms = means.Where(c => c.Variable == variable.Id).ToList();
            var ds = distributions.Where(c => c.Variable == variable.Id).ToList();
            if (ps.Count == 0 && ms.Count == 0)
            {
                verdicts.Add(new VariableVerdict(variable.Id, variable.Label, Verdict.NotMeasured, null, null, VerdictRule.Text));
                continue;
            }
            var smds = ps.Select(c => c.Smd).Concat(ms.Select(c => c.Smd)).OfType<double>().Select(Math.Abs).ToList();
            var pValues = ps.Select(c => c.PValue).Concat(ms.Select(c => c.PValue)).Concat(ds.Select(c => c.PValue)).OfType<double>().ToList();
            double? absSmd = smds.Count > 0 ? smds.Max() : null;
            double? p = pValues.Count > 0 ? pValues.Min() : null;
            var withheld = ps.Any(c => c.Withheld) || ms.Any(c => c.Withheld) || ds.Any(c => c.Withheld);
            var verdict = VerdictRule.Apply(absSmd, p);
            verdicts.Add(new VariableVerdict(variable.Id, variable.Label, verdict, withheld ? null : absSmd, withheld ? null : p, VerdictRule.Text));
        }
        return SummaryOf(verdicts);
    }

    /// <summary>The summary over given verdicts (mean |SMD| over those with a published |SMD|).</summary>
    public static RepresentativenessSummary SummaryOf(IReadOnlyList<VariableVerdict> verdicts)
    {
        var compared = verdicts.Where(v => v.Verdict is Verdict.Comparable or Verdict.Differs).ToList();
        var published = compared.Select(v => v.AbsSmd).OfType<double>().ToList();
        return new RepresentativenessSummary(
            published.Count > 0 ? published.Average() : null,
            compared.Count,
            published.Count(s => s >= VerdictRule.BalanceSmd),
            published.Count(s => s >= VerdictRule.LargeSmd),
            VerdictRule.Text,
            verdicts);
    }

    /// <summary>The codebook label of a category, a category group or a multi-response option.</summary>
    public static LocalizedText LabelOf(VariableDefinition variable, IReadOnlyList<string> categories)
    {
        if (categories.Count == 1 && variable.Categories.FirstOrDefault(c => c.Code == categories[0]) is { } category)
            return category.Label;
        var group = variable.CategoryGroups.FirstOrDefault(g => g.Categories.Order().SequenceEqual(categories.Order()));
        if (group is not null) return group.Label;
        var labels = categories.Select(code => variable.Categories.FirstOrDefault(c => c.Code == code)?.Label ?? new LocalizedText(code, code)).ToList();
        return new LocalizedText(string.Join(" + ", labels.Select(l => l.Nl)), string.Join(" + ", labels.Select(l => l.En)));
    }
}
