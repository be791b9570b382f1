using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Statistics.Representativeness;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// The served forms of descriptives, representativeness reports and benchmarks. Survey counts take their marks from the
/// dataset's <see cref="DatasetDisclosure"/> (the audit of everything served together), so the API documents and the
/// pages agree. Benchmarks computed from another dataset's microdata are served as percentages of a published total: a
/// cell of 1 to threshold − 1 is "&lt;5" and, within its distribution, complements ("x") are chosen so the total does not
/// reveal it. Statistics that would reveal a hidden cell (differences, tests, chi-square) are withheld with it.
/// </summary>
public sealed class ServedForms
{
    /// <summary>Default threshold.</summary>
    public const int DefaultThreshold = 5;
    /// <summary>Shown instead of a small cell.</summary>
    public const string SmallCellDisplay = "<5";
    /// <summary>Shown instead of a cell hidden to protect another one.</summary>
    public const string ComplementaryDisplay = "x";

    /// <summary>Creates the rule with a threshold (cells below it are small); the host takes it from <see cref="SuppressionSettings"/>.</summary>
    public ServedForms(int threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        Threshold = threshold;
        SmallDisplay = threshold == DefaultThreshold ? SmallCellDisplay : $"<{threshold}";
    }

    /// <summary>Cells with at least one and fewer than this many respondents are suppressed.</summary>
    public int Threshold { get; }

    /// <summary>What a small cell shows.</summary>
    public string SmallDisplay { get; }

    /// <summary>Whether a count is a small cell (1 to threshold − 1).</summary>
    public bool IsSmall(double count) => Math.Round(count) >= 1 && Math.Round(count) < Threshold;

    /// <summary>
    /// Which cells of a distribution served with its total to hide: <c>null</c> for visible, "&lt;5" for primary, "x" for
    /// complementary, as <see cref="RowProtection"/> audits it. When only the total can protect, every cell is marked and
    /// <see cref="NeedsWholeSuppression"/> is true: the caller must withhold the total too.
    /// </summary>
    /// <param name="counts">Cell counts of one distribution whose total is published.</param>
    public string?[] CellsToHide(IReadOnlyList<int> counts)
    {
        var (hidden, primary, totalHidden) = RowProtection.Apply(counts.Select(c => (long)c).ToList(), Threshold);
        return counts.Select((_, i) => totalHidden || hidden[i] ? (primary[i] ? SmallDisplay : ComplementaryDisplay) : null).ToArray();
    }

    /// <summary>Whether the marks of <see cref="CellsToHide"/> leave a small cell without a complement (the total must go too).</summary>
    public static bool NeedsWholeSuppression(IReadOnlyList<string?> marks) => marks.Count > 0 && marks.All(m => m is not null);

    /// <summary>The served form of dataset descriptives, with the marks of the dataset's disclosure audit.</summary>
    public DatasetDescriptives Apply(DatasetDescriptives descriptives, DatasetDisclosure disclosure) => ServedDescriptives.Apply(descriptives, disclosure);

    /// <summary>
    /// The served form of a representativeness report: sample figures of cells the dataset's disclosure audit hides (a
    /// category, or a group of categories compared as one), benchmark figures hidden in the published benchmark, and
    /// statistics that would reveal them, are withheld.
    /// </summary>
    public RepresentativenessReport Apply(RepresentativenessReport report, DatasetDisclosure disclosure, PublishedBenchmark benchmark)
    {
        var everyone = RespondentSelection.Everyone;
        bool Hidden(ServedCount? count) => count is not { IsShown: true };
        bool SampleHidden(string variable, IReadOnlyList<string> categories)
        {
            try
            {
                if (!disclosure.Has(variable))
                    return categories.Count != 1 || Hidden(disclosure.Category($"{variable}__{categories[0]}", "yes", everyone))
                        || Hidden(disclosure.Answered($"{variable}__{categories[0]}", everyone));
                var answered = disclosure.Answered(variable, everyone);
                if (Hidden(answered) || answered!.Value.Value < Threshold) return true;
                return categories.Count switch
                {
                    0 => false,
                    1 => Hidden(disclosure.Category(variable, categories[0], everyone)),
                    _ => Hidden(disclosure.Group(variable, categories, everyone)),
                };
            }
            catch (DisclosureRequestException)
            {
                // A count the audit did not cover is not served.
                return true;
            }
        }
        bool BenchmarkHidden(string variable, IReadOnlyList<string> categories) =>
            benchmark.Items.Any(i => i.Suppressed && i.Variable == variable && i.Categories.SequenceEqual(categories));
        Comparisons Protect(Comparisons comparisons)
        {
            var proportions = comparisons.Proportions.Select(p => ProtectProportion(p, SampleHidden(p.Variable, p.Categories), BenchmarkHidden(p.Variable, p.Categories))).ToList();
            var means = comparisons.Means.Select(m => SampleHidden(m.Variable, []) || BenchmarkHidden(m.Variable, [])
                ? m with { SampleN = null, SampleMean = null, SampleSd = null, SampleMeanCi = null, StandardError = null, EquivalencePValue = null, Difference = null, Smd = null, WelchT = null, WelchDf = null, PValue = null, DifferenceCi = null, Withheld = true }
                : m).ToList();
            var distributions = comparisons.Distributions.Select(d => d.Categories.Any(c => SampleHidden(d.Variable, [c])) || benchmark.Items.Any(i => i.Suppressed && i.Variable == d.Variable)
                ? d with
                {
                    ChiSquare = null, PValue = null, CramersV = null, MinimumExpectedCount = null, MonteCarloPValue = null,
                    VerdictPValue = null, RaoScottF = null, RaoScottNumeratorDf = null, RaoScottDenominatorDf = null, Withheld = true,
                }
                : d).ToList();
            var verdicts = comparisons.Summary.Verdicts.Select(v =>
                proportions.Any(p => p.Variable == v.Variable && p.Withheld) || means.Any(m => m.Variable == v.Variable && m.Withheld) || distributions.Any(d => d.Variable == v.Variable && d.Withheld)
                    ? v with { AbsSmd = null, PValue = null, EquivalencePValue = null, AbsBiasPoints = null }
                    : v).ToList();
            return new Comparisons(proportions, means, distributions, RepresentativenessEngine.SummaryOf(verdicts));
        }

        var raking = report.Raking;
        if (raking is not null)
        {
            var weighted = Protect(raking.Weighted);
            raking = raking with
            {
                Weighted = weighted,
                WeightedDescriptives = Apply(raking.WeightedDescriptives, disclosure),
                SmdBeforeAfter = raking.SmdBeforeAfter.Select(s => SampleHidden(s.Variable, s.Categories) || BenchmarkHidden(s.Variable, s.Categories)
                    ? s with { Before = null, After = null, Withheld = true }
                    : s).ToList(),
            };
        }
        return report with { Comparisons = Protect(report.Comparisons), Raking = raking };
    }

    /// <summary>
    /// The served form of a benchmark with codebook labels. Benchmarks computed from microdata go through the same cell
    /// rules (counts are % × item n); published aggregates (reference data, uploads) are served as published.
    /// </summary>
    public PublishedBenchmark Publish(BenchmarkDefinition benchmark, CodebookDefinition codebook)
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        if (benchmark.HasMicrodata)
        {
            foreach (var group in benchmark.Items.GroupBy(i => i.Variable))
            {
                var variable = codebook[group.Key];
                var items = group.ToList();
                if (variable.Type == VariableType.Number)
                {
                    foreach (var item in items.Where(i => IsSmall(i.N ?? benchmark.Respondents))) hidden.Add(item.Key);
                    continue;
                }
                var counts = items.Select(i => (int)Math.Round(i.Value / 100 * (i.N ?? benchmark.Respondents))).ToList();
                if (variable.Type == VariableType.MultiResponse)
                {
                    for (var k = 0; k < items.Count; k++)
                    {
                        var asked = (int)Math.Round(items[k].N ?? benchmark.Respondents);
                        if (IsSmall(counts[k]) || IsSmall(asked - counts[k]) || IsSmall(asked)) hidden.Add(items[k].Key);
                    }
                    continue;
                }
                var marks = CellsToHide(counts);
                for (var k = 0; k < items.Count; k++)
                    if (marks[k] is not null || NeedsWholeSuppression(marks)) hidden.Add(items[k].Key);
            }
        }
        var published = benchmark.Items.Select(item =>
        {
            var variable = codebook[item.Variable];
            var isHidden = hidden.Contains(item.Key);
            return new PublishedBenchmarkItem(
                item.Variable, variable.Label, item.Categories,
                item.Categories.Count == 0 ? null : RepresentativenessEngine.LabelOf(variable, item.Categories),
                string.IsNullOrEmpty(item.Label) ? null : item.Label, item.Statistic,
                isHidden ? null : item.Value, isHidden ? null : item.StandardDeviation, item.N, item.Note, isHidden);
        }).ToList();
        return new PublishedBenchmark(benchmark.Id, benchmark.Version, benchmark.Source, benchmark.SurveyYear, benchmark.Population,
            benchmark.Respondents, benchmark.Origin, benchmark.FromDataset, benchmark.HasMicrodata, benchmark.CreatedAt, published);
    }

    private static ProportionComparison ProtectProportion(ProportionComparison p, bool sampleHidden, bool benchmarkHidden)
    {
        if (!sampleHidden && !benchmarkHidden) return p;
        var withheld = p with { DifferencePoints = null, DifferenceCi = null, Z = null, PValue = null, CohensH = null, Smd = null, EquivalencePValue = null, Withheld = true };
        if (sampleHidden) withheld = withheld with { SampleCount = null, SamplePercent = null, SamplePercentCi = null, StandardError = null };
        if (benchmarkHidden) withheld = withheld with { BenchmarkPercent = null };
        return withheld;
    }

    private static CategoryFrequency Hide(CategoryFrequency cell, string display) =>
        cell with { Count = null, Percent = null, PercentCi = null, Suppressed = true, Display = display };

    private static NumericDescription Withhold(NumericDescription numeric) =>
        new(null, null, null, null, null, null, null, true);
}
