using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Statistics.Design;
using PohAnalytics.Core.Statistics.Inference;
using PohAnalytics.Core.Statistics.Proportions;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// A categorical distribution against the benchmark's: a chi-square test of homogeneity (Monte-Carlo p when an expected
/// count is below 5), the Rao–Scott goodness of fit when weighted, or the stacked design-based Rao–Scott test of
/// homogeneity when the benchmark's microdata are given.
/// </summary>
internal static class DistributionComparison
{
    /// <summary>The distribution test of one categorical variable against the benchmark; null when it has fewer than two cells.</summary>
    public static DistributionTest? Test(
        VariableDefinition variable, CuratedData data, BenchmarkDefinition benchmark, SurveyDesign? design, CuratedData? benchmarkMicrodata)
    {
        var items = RepresentativenessEngine.DistributionCells(variable, benchmark);
        if (items is null || items.Count < 2) return null;
        var coded = data.Coded(variable.Id);
        var measured = items.Select(i => i.Categories[0]).ToList();
        // A sample code maps to the cell (benchmark item) whose categories contain it; codes no item covers are left out.
        var cellOf = items.SelectMany(i => i.Categories.Select(c => (c, i.Categories[0])))
            .ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal);
        var cells = coded.Map(c => cellOf.GetValueOrDefault(c), null);
        var excluded = coded.Values.Where(c => !cellOf.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();
        var harmonisations = items.Select(i => RepresentativenessEngine.HarmonisationOf(variable, i)).OfType<string>().ToList();
        var benchmarkCounts = items.Select(i =>
        {
            var count = i.Value / 100 * (i.N ?? benchmark.Respondents);
            return benchmark.HasMicrodata ? Math.Round(count) : count;
        }).ToArray();
        var result = new DistributionTest
        {
            Variable = variable.Id,
            Label = variable.Label,
            Categories = measured,
            ExcludedSampleCategories = excluded,
            Harmonisations = harmonisations,
        };
        if (benchmarkMicrodata is not null)
        {
            var benchmarkCells = (benchmarkMicrodata.Codes(variable.Id) ?? new string?[benchmarkMicrodata.RowCount])
                .Select(c => c is not null && cellOf.TryGetValue(c, out var cell) ? cell : null).ToArray();
            return StackedHomogeneity(result, design, cells, benchmarkCells);
        }
        if (design is not null)
            return RaoScott(result, design, cells, items);

        var sampleCounts = measured.Select(code => (double)cells.Count(c => c == code)).ToArray();
        var test = ChiSquareHomogeneityTest.Compute(sampleCounts, benchmarkCounts, !benchmark.HasMicrodata);
        result = result with
        {
            ChiSquare = test.ChiSquare,
            DegreesOfFreedom = test.DegreesOfFreedom,
            PValue = test.PValue,
            VerdictPValue = test.PValue,
            CramersV = test.CramersV,
            MinimumExpectedCount = test.MinimumExpectedCount,
            HasExpectedCountBelowFive = test.HasExpectedCountBelowFive,
            Approximate = !benchmark.HasMicrodata,
            NotApplicableReason = test.NotApplicableReason,
        };
        if (!test.HasExpectedCountBelowFive) return result;
        var monteCarlo = MonteCarloChiSquare.Compute(
            sampleCounts.Select(c => (int)c).ToArray(), benchmarkCounts.Select(c => (int)Math.Round(c)).ToArray());
        return result with
        {
            Test = "pearson-monte-carlo",
            MonteCarloPValue = monteCarlo.PValue,
            MonteCarloReplicates = monteCarlo.Replicates,
            MonteCarloSeed = monteCarlo.Seed,
            VerdictPValue = monteCarlo.PValue,
            Warning = FormattableString.Invariant(
                    $"The smallest expected count is {test.MinimumExpectedCount:0.0} (below 5): the chi-square approximation is ") +
                FormattableString.Invariant(
                    $"doubtful, so the verdict uses a Monte-Carlo p-value ({monteCarlo.Replicates} tables, seed {monteCarlo.Seed}, ") +
                "benchmark counts rounded).",
        };
    }

    private static DistributionTest StackedHomogeneity(
        DistributionTest result, SurveyDesign? design, string?[] sampleCells, string?[] benchmarkCells)
    {
        const string test = "rao-scott-homogeneity";
        // The sample's (raked) weights are taken as fixed weights, the benchmark's respondents weigh 1: as R svydesign(weights = ~w).
        var weights = (design?.Weights ?? Enumerable.Repeat(1.0, sampleCells.Length))
            .Concat(Enumerable.Repeat(1.0, benchmarkCells.Length)).ToArray();
        var groups = Enumerable.Repeat("sample", sampleCells.Length)
            .Concat(Enumerable.Repeat("benchmark", benchmarkCells.Length)).ToArray();
        var categories = sampleCells.Concat(benchmarkCells).ToArray();
        if (sampleCells.All(c => c is null) || benchmarkCells.All(c => c is null) || categories.OfType<string>().Distinct().Count() < 2)
            return result with
            {
                Test = test, NotApplicableReason = "Fewer than two categories, or a data set without answers: nothing to test.",
            };
        var homogeneity = RaoScottHomogeneity.Compute(SurveyDesign.Weighted(weights, groups), groups, categories);
        return result with
        {
            Test = test,
            ChiSquare = homogeneity.PearsonChiSquare,
            RaoScottF = homogeneity.F,
            RaoScottNumeratorDf = homogeneity.NumeratorDf,
            RaoScottDenominatorDf = homogeneity.DenominatorDf,
            PValue = homogeneity.PValue,
            VerdictPValue = homogeneity.PValue,
            // X² is scaled to the rows in the table; a 2×k table has min(r, c) − 1 = 1.
            CramersV = Math.Sqrt(homogeneity.PearsonChiSquare / categories.Count(c => c is not null)),
            Approximate = design is not null,
        };
    }

    private static DistributionTest RaoScott(
        DistributionTest result, SurveyDesign design, string?[] cells, IReadOnlyList<BenchmarkItem> items)
    {
        var shares = items.ToDictionary(i => i.Categories[0], i => i.Value, StringComparer.Ordinal);
        if (shares.Values.Any(v => v <= 0) || cells.All(c => c is null))
            return result with
            {
                Test = "rao-scott-gof", Approximate = true,
                NotApplicableReason = "A benchmark share is 0% or no respondent falls in its categories.",
            };
        var test = RaoScottGoodnessOfFit.Compute(design, cells, shares);
        if (!double.IsFinite(test.PValue))
            return result with
            {
                Test = "rao-scott-gof", ChiSquare = test.ChiSquare, Approximate = true,
                NotApplicableReason = "The weighted distribution has no sampling variance here (the variable was raked to these shares).",
            };
        var below = test.MinimumExpectedCount < ChiSquareHomogeneityTest.SmallExpectedCount;
        return result with
        {
            Test = "rao-scott-gof",
            ChiSquare = test.ChiSquare,
            PValue = test.PValue,
            VerdictPValue = test.PValue,
            RaoScottScale = test.Scale,
            RaoScottDf = test.DegreesOfFreedom,
            MinimumExpectedCount = test.MinimumExpectedCount,
            HasExpectedCountBelowFive = below,
            Approximate = true,
            Warning = below
                ? FormattableString.Invariant($"The smallest expected weighted count is {test.MinimumExpectedCount:0.0} (below 5): ") +
                    "the Rao–Scott approximation is doubtful."
                : null,
        };
    }
}
