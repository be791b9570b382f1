using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Statistics.Descriptive;
using PohAnalytics.Core.Statistics.Design;
using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Statistics.EffectSizes;
using PohAnalytics.Core.Statistics.Inference;
using PohAnalytics.Core.Statistics.Means;
using PohAnalytics.Core.Statistics.Proportions;
using PohAnalytics.Core.Statistics.Weighting;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// Compares a dataset with a benchmark, treating the benchmark as another sample of known n: per percentage a
/// difference with its interval, z-test, TOST equivalence test, Cohen's h and SMD; per categorical distribution a chi-square
/// test of homogeneity (Monte-Carlo p when an expected count is below 5; Rao–Scott goodness of fit when weighted; the
/// stacked design-based Rao–Scott test of homogeneity when the benchmark's microdata are given); per mean
/// the difference, the sample's interval, an SMD, a TOST and (when the benchmark SD is known) a Welch test; and a verdict per
/// codebook variable (<see cref="VerdictRule"/>). With a (raked) design, sample standard errors are Taylor-linearised.
/// </summary>
public static class RepresentativenessEngine
{
    /// <summary>Compares the dataset with every figure of the benchmark.</summary>
    /// <param name="codebook">Codebook of the data and the benchmark.</param>
    /// <param name="data">Curated columns of the dataset.</param>
    /// <param name="benchmark">The benchmark version.</param>
    /// <param name="weights">Optional respondent weights without calibration; unweighted when null.</param>
    public static Comparisons Compare(CodebookDefinition codebook, CuratedData data, BenchmarkDefinition benchmark, IReadOnlyList<double>? weights = null) =>
        Compare(codebook, data, benchmark, weights is null ? null : SurveyDesign.Weighted(weights));

    /// <summary>Compares the dataset with every figure of the benchmark under a survey design.</summary>
    /// <param name="codebook">Codebook of the data and the benchmark.</param>
    /// <param name="data">Curated columns of the dataset.</param>
    /// <param name="benchmark">The benchmark version.</param>
    /// <param name="design">The (raked) design of the sample; unweighted when null.</param>
    /// <param name="benchmarkMicrodata">The curated rows the benchmark was promoted from, when they exist: categorical
    /// distributions are then tested by the stacked Rao–Scott test of homogeneity instead of against fixed shares.</param>
    public static Comparisons Compare(
        CodebookDefinition codebook, CuratedData data, BenchmarkDefinition benchmark, SurveyDesign? design,
        CuratedData? benchmarkMicrodata = null)
    {
        // Every figure is an independent pass over its column: compared in parallel, kept in the benchmark's order.
        var means = benchmark.Items.Where(i => i.Statistic == BenchmarkStatistic.Mean).AsParallel().AsOrdered()
            .Select(item => CompareMean(codebook[item.Variable], data, benchmark, item, design)).ToList();
        var proportions = benchmark.Items.Where(i => i.Statistic != BenchmarkStatistic.Mean).AsParallel().AsOrdered()
            .Select(item => CompareProportion(codebook[item.Variable], data, benchmark, item, design)).ToList();
        var distributions = codebook.Variables
            .Where(v => v.IsCategorical)
            .AsParallel().AsOrdered()
            .Select(v => DistributionComparison.Test(v, data, benchmark, design, benchmarkMicrodata))
            .OfType<DistributionTest>()
            .ToList();
        return new Comparisons(proportions, means, distributions, Summarise(codebook, proportions, means, distributions));
    }

    /// <summary>Whether each respondent falls in the item's categories (null: no valid answer).</summary>
    public static bool?[] Membership(VariableDefinition variable, CuratedData data, IReadOnlyList<string> categories)
    {
        if (variable.Type == VariableType.MultiResponse)
            return data.Flags($"{variable.Id}__{categories[0]}") ?? new bool?[data.RowCount];
        return data.Derived($"membership:{variable.Id}:{string.Join('\u001f', categories)}",
            () => data.Coded(variable.Id).Map(c => (bool?)categories.Contains(c), null));
    }

    private static ProportionComparison CompareProportion(VariableDefinition variable, CuratedData data, BenchmarkDefinition benchmark, BenchmarkItem item, SurveyDesign? design)
    {
        var member = Membership(variable, data, item.Categories);
        var count = member.Count(m => m == true);
        var benchmarkN = item.N ?? benchmark.Respondents;
        var p2 = item.Value / 100;
        var comparison = new ProportionComparison
        {
            Variable = variable.Id,
            Categories = item.Categories,
            Label = LabelOf(variable, item.Categories),
            BenchmarkLabel = item.Label,
            SampleCount = count,
            BenchmarkPercent = item.Value,
            BenchmarkN = benchmarkN,
            BenchmarkCountApproximate = !benchmark.HasMicrodata,
            Harmonisation = HarmonisationOf(variable, item),
            EquivalenceMarginPoints = VerdictRule.ProportionMarginPoints,
        };
        if (design is null)
        {
            var wilson = WilsonInterval.Compute(count, member.Count(m => m is not null));
            comparison = comparison with
            {
                SampleN = wilson.N,
                SamplePercent = wilson.Proportion * 100,
                SamplePercentCi = DescriptivesEngine.ToPercent(wilson.Interval),
            };
            if (wilson.Proportion is not { } p || wilson.N <= 0)
                return comparison with { Note = "The sample has no valid answers to compare." };
            var test = TwoProportionZTest.FromProportions(p, wilson.N, p2, benchmarkN);
            var se = Math.Sqrt(p * (1 - p) / wilson.N);
            return comparison with
            {
                StandardError = se * 100,
                DifferencePoints = test.DifferencePercentagePoints,
                DifferenceCi = Percent(test.DifferenceInterval),
                Z = test.Z,
                PValue = test.PValue,
                CohensH = EffectSizes.CohensH.Compute(p, p2).Value,
                Smd = StandardizedDifference.ForProportions(p, p2).Value,
                EquivalencePValue = Tost(p - p2, Math.Sqrt((se * se) + (p2 * (1 - p2) / benchmarkN)), VerdictRule.ProportionMarginPoints / 100, null),
                Note = test.UndefinedReason,
            };
        }

        var estimate = design.Proportion(member);
        var kishN = WeightedProportion.Compute(member, design.Weights).EffectiveN;
        comparison = comparison with
        {
            SampleN = kishN,
            SamplePercent = estimate.Estimate * 100,
            SamplePercentCi = DescriptivesEngine.ToPercent(estimate.Interval()),
            StandardError = estimate.StandardError * 100,
        };
        if (estimate.Estimate is not { } pw || estimate.StandardError is not { } sew)
            return comparison with { Note = "The sample has no valid answers to compare." };
        var seDifference = Math.Sqrt((sew * sew) + (p2 * (1 - p2) / benchmarkN));
        var difference = pw - p2;
        var z = StatisticsGuard.NormalCritical(0.95) * seDifference;
        return comparison with
        {
            DifferencePoints = difference * 100,
            DifferenceCi = new ConfidenceInterval((difference - z) * 100, (difference + z) * 100, 0.95),
            Z = seDifference > 0 ? difference / seDifference : null,
            PValue = seDifference > 0 ? StatisticsGuard.TwoSidedNormalP(difference / seDifference) : null,
            CohensH = EffectSizes.CohensH.Compute(pw, p2).Value,
            Smd = StandardizedDifference.ForProportions(pw, p2).Value,
            EquivalencePValue = Tost(difference, seDifference, VerdictRule.ProportionMarginPoints / 100, null),
            Note = seDifference > 0 ? null : "No variation on either side: the z statistic is undefined.",
        };
    }

    private static double? Tost(double difference, double se, double margin, double? df) =>
        se > 0 && double.IsFinite(se) && margin > 0 ? EquivalenceTest.Compute(difference, se, margin, df).PValue : null;

    private static ConfidenceInterval Percent(ConfidenceInterval interval) =>
        new(interval.Lower * 100, interval.Upper * 100, interval.Level);

    private static MeanComparison CompareMean(VariableDefinition variable, CuratedData data, BenchmarkDefinition benchmark, BenchmarkItem item, SurveyDesign? design)
    {
        var values = data.Numbers(variable.Id) ?? new double?[data.RowCount];
        double n;
        double? mean, sd, se = null;
        ConfidenceInterval? interval = null;
        if (design is null)
        {
            var summary = NumericSummary.Of(data.Ranks(variable.Id));
            (n, mean, sd) = (summary.N, summary.Mean, summary.StandardDeviation);
            if (mean is { } m0 && sd is { } s0 && n >= 2)
            {
                se = s0 / Math.Sqrt(n);
                interval = TInterval.Compute(m0, s0, n).Interval;
            }
        }
        else
        {
            var summary = WeightedNumericSummary.Of(data.Ranks(variable.Id), design.Weights);
            var estimate = design.Mean(values);
            (mean, sd, se, interval) = (estimate.Estimate, summary.StandardDeviation, estimate.StandardError, estimate.Interval());
            // The design-effective n: the n at which s/√n equals the linearised SE (used for Welch and TOST degrees of freedom).
            n = sd is { } s1 && se is { } e1 && e1 > 0 ? s1 * s1 / (e1 * e1) : summary.EffectiveN;
        }
        var benchmarkN = item.N ?? benchmark.Respondents;
        var comparison = new MeanComparison
        {
            Variable = variable.Id,
            Label = variable.Label,
            SampleN = n,
            SampleMean = mean,
            SampleSd = sd,
            StandardError = se,
            BenchmarkMean = item.Value,
            BenchmarkSd = item.StandardDeviation,
            BenchmarkN = benchmarkN,
            SmdUsesSampleSdOnly = item.StandardDeviation is null,
        };
        if (mean is not { } m)
            return comparison with { Note = "The sample has no values to compare." };
        if (sd is not { } s || se is not { } sampleSe)
            return comparison with { Difference = m - item.Value, Note = "One sample value: no SD, interval or SMD." };
        var difference = m - item.Value;
        if (item.StandardDeviation is not { } benchmarkSd)
        {
            // No benchmark SD: for the equivalence test it is assumed equal to the sample SD, with the sample's df.
            var margin = VerdictRule.MeanMarginSd * s;
            return comparison with
            {
                SampleMeanCi = interval,
                Difference = difference,
                Smd = StandardizedDifference.ForMeansUsingSampleSd(m, s, item.Value).Value,
                EquivalenceMargin = margin,
                EquivalencePValue = Tost(difference, Math.Sqrt((sampleSe * sampleSe) + (s * s / benchmarkN)), margin, Math.Max(1, n - 1)),
                Note = "The benchmark published no SD: the SMD uses the sample SD only and no test of difference is possible; " +
                       "the equivalence test assumes the benchmark SD equals the sample SD.",
            };
        }
        var welch = WelchTTest.Compute(m, s, n, item.Value, benchmarkSd, benchmarkN);
        var pooledMargin = VerdictRule.MeanMarginSd * Math.Sqrt(((s * s) + (benchmarkSd * benchmarkSd)) / 2);
        return comparison with
        {
            SampleMeanCi = interval,
            Difference = difference,
            Smd = StandardizedDifference.ForMeans(m, s, item.Value, benchmarkSd).Value,
            WelchT = welch.T,
            WelchDf = welch.DegreesOfFreedom,
            PValue = welch.PValue,
            DifferenceCi = welch.DifferenceInterval,
            EquivalenceMargin = pooledMargin,
            EquivalencePValue = Tost(difference, Math.Sqrt((sampleSe * sampleSe) + (benchmarkSd * benchmarkSd / benchmarkN)), pooledMargin, welch.DegreesOfFreedom),
            Note = welch.UndefinedReason,
        };
    }

    /// <summary>The benchmark items that partition a categorical variable's categories into distribution cells: single
    /// categories, and harmonised items (a benchmark category that includes sample categories); null when they overlap.</summary>
    internal static IReadOnlyList<BenchmarkItem>? DistributionCells(VariableDefinition variable, BenchmarkDefinition benchmark)
    {
        var items = benchmark.ItemsOf(variable.Id).Where(i => i.IsDistributionCell).ToList();
        var all = items.SelectMany(i => i.Categories).ToList();
        if (all.Count != all.Distinct(StringComparer.Ordinal).Count()) return null;
        var order = variable.Categories.Select(c => c.Code).ToList();
        return items.OrderBy(i => order.IndexOf(i.Categories[0])).ToList();
    }

    internal static string? HarmonisationOf(VariableDefinition variable, BenchmarkItem item)
    {
        if (item.Includes is not { Count: > 0 } included) return null;
        var main = LabelOf(variable, item.Categories.Except(included).ToList());
        var extra = LabelOf(variable, included);
        return $"The benchmark's '{item.Label}' ({main.En}) includes the sample's '{extra.En}': compared as one category.";
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
            var pValues = ps.Select(c => c.PValue).Concat(ms.Select(c => c.PValue)).Concat(ds.Select(c => c.VerdictPValue ?? c.PValue)).OfType<double>().Where(double.IsFinite).ToList();
            var equivalence = ps.Select(c => c.EquivalencePValue).Concat(ms.Select(c => c.EquivalencePValue)).ToList();
            double? absSmd = smds.Count > 0 ? smds.Max() : null;
            double? holm = pValues.Count > 0 ? HolmAdjustment.Adjust(pValues).Min() : null;
            var allEquivalent = equivalence.Count > 0 && equivalence.All(p => p is < VerdictRule.Alpha);
            double? tost = equivalence.All(p => p is not null) ? equivalence.Max() : null;
            var biases = ps.Select(c => c.DifferencePoints).OfType<double>().Select(Math.Abs).ToList();
            var withheld = ps.Any(c => c.Withheld) || ms.Any(c => c.Withheld) || ds.Any(c => c.Withheld);
            var verdict = VerdictRule.Apply(absSmd, holm, allEquivalent);
            verdicts.Add(new VariableVerdict(variable.Id, variable.Label, verdict, withheld ? null : absSmd, withheld ? null : holm, VerdictRule.Text)
            {
                EquivalencePValue = withheld ? null : tost,
                AbsBiasPoints = withheld || biases.Count == 0 ? null : biases.Max(),
                TestCount = pValues.Count,
            });
        }
        return SummaryOf(verdicts);
    }

    /// <summary>The summary over given verdicts (mean |SMD| over those with a published |SMD|).</summary>
    public static RepresentativenessSummary SummaryOf(IReadOnlyList<VariableVerdict> verdicts)
    {
        var compared = verdicts.Where(v => v.Verdict is Verdict.Comparable or Verdict.Differs or Verdict.Inconclusive).ToList();
        var published = compared.Select(v => v.AbsSmd).OfType<double>().ToList();
        var biases = compared.Select(v => v.AbsBiasPoints).OfType<double>().ToList();
        return new RepresentativenessSummary(
            published.Count > 0 ? published.Average() : null,
            compared.Count,
            published.Count(s => s >= VerdictRule.BalanceSmd),
            published.Count(s => s >= VerdictRule.LargeSmd),
            VerdictRule.Text,
            verdicts)
        {
            MeanAbsBiasPoints = biases.Count > 0 ? biases.Average() : null,
            MaxAbsBiasPoints = biases.Count > 0 ? biases.Max() : null,
            VerdictShares = compared.Count == 0
                ? new Dictionary<string, double>()
                : new[] { ("comparable", Verdict.Comparable), ("differs", Verdict.Differs), ("inconclusive", Verdict.Inconclusive) }
                    .ToDictionary(p => p.Item1, p => compared.Count(v => v.Verdict == p.Item2) / (double)compared.Count),
        };
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
