using System.Globalization;
using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Statistics.Design;
using PohAnalytics.Core.Statistics.Weighting;

namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>
/// Rakes a dataset to a benchmark's published margins on chosen categorical variables (iterative proportional fitting via
/// <see cref="RakingWeights"/>). A margin whose percentages fall short of 100 by more than the rounding allowance (e.g.
/// LV 2018 publishes only "Vrouw 86%") gets a residual category "(other)" holding every sample category the benchmark did
/// not list; otherwise every sample category must appear in the margin.
/// </summary>
public static class BenchmarkRaking
{
    /// <summary>Code of the residual margin category.</summary>
    public const string OtherCategory = "(other)";

    /// <summary>Rakes and reports.</summary>
    /// <param name="codebook">Codebook.</param>
    /// <param name="data">Curated columns.</param>
    /// <param name="benchmark">Benchmark whose margins are the targets.</param>
    /// <param name="variables">Raking variable ids.</param>
    /// <param name="options">Raking options.</param>
    /// <param name="unweighted">The unweighted comparisons (for SMD before).</param>
    /// <param name="benchmarkMicrodata">The rows a promoted benchmark was computed from, if any: the weighted distributions
    /// are then tested by the stacked Rao–Scott test of homogeneity.</param>
    /// <exception cref="ArgumentException">A variable is unknown, repeated or not categorical.</exception>
    /// <exception cref="RakingException">The benchmark has no margin for a variable, a margin has a category the sample lacks,
    /// a sample category has no margin, margins are inconsistent, or raking did not converge.</exception>
    public static RakingReport Rake(
        CodebookDefinition codebook, CuratedData data, BenchmarkDefinition benchmark, IReadOnlyList<string> variables, RakingOptions options, Comparisons unweighted,
        CuratedData? benchmarkMicrodata = null)
    {
        if (variables.Count == 0) throw new ArgumentException("Name at least one raking variable, e.g. rake=gender,employment.");
        if (variables.Distinct(StringComparer.Ordinal).Count() != variables.Count) throw new ArgumentException("A raking variable is named twice.");
        var rakingVariables = new List<RakingVariable>();
        var margins = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var id in variables)
        {
            var variable = codebook.Variables.FirstOrDefault(v => v.Id == id)
                ?? throw new ArgumentException($"'{id}' is not a codebook variable.");
            if (!variable.IsCategorical)
                throw new ArgumentException($"Raking needs categorical variables; '{id}' is {variable.Type.ToString().ToLowerInvariant()}.");
            var (margin, categories) = MarginOf(variable, data, benchmark, options.PercentageRoundingAllowance);
            margins[id] = margin;
            rakingVariables.Add(new RakingVariable(id, categories, margin));
        }

        var result = RakingWeights.Compute(rakingVariables, null, options);
        var weights = result.Weights;
        var design = SurveyDesign.Raked(weights, rakingVariables.Select(v => v.RespondentCategories));
        var weighted = RepresentativenessEngine.Compare(codebook, data, benchmark, design, benchmarkMicrodata);
        var changes = unweighted.Proportions.Zip(weighted.Proportions, (b, a) => new SmdChange(b.Variable, b.Categories, b.Label, b.Smd, a.Smd))
            .Concat(unweighted.Means.Zip(weighted.Means, (b, a) => new SmdChange(b.Variable, [], b.Label, b.Smd, a.Smd)))
            .ToList();
        return new RakingReport
        {
            Variables = variables,
            Margins = margins,
            Options = options,
            Iterations = result.Iterations,
            Converged = result.Converged,
            MaxMarginError = result.MaxMarginError,
            DesignEffect = result.Diagnostics.DesignEffect,
            EffectiveN = result.Diagnostics.EffectiveSampleSize,
            MinWeight = result.Diagnostics.MinWeight,
            MaxWeight = result.Diagnostics.MaxWeight,
            Normalisations = result.Normalisations,
            SmdBeforeAfter = changes,
            MeanAbsSmdBefore = MeanAbs(changes.Select(c => c.Before)),
            MeanAbsSmdAfter = MeanAbs(changes.Select(c => c.After)),
            Weighted = weighted,
            WeightedDescriptives = DescriptivesEngine.Describe(codebook, data, weights),
        };
    }

    private static double? MeanAbs(IEnumerable<double?> values)
    {
        var present = values.OfType<double>().Select(Math.Abs).ToList();
        return present.Count > 0 ? present.Average() : null;
    }

    private static (Dictionary<string, double> Margin, string?[] Categories) MarginOf(
        VariableDefinition variable, CuratedData data, BenchmarkDefinition benchmark, double roundingAllowance)
    {
        var items = RepresentativenessEngine.DistributionCells(variable, benchmark) ?? [];
        if (items.Count == 0)
            throw new RakingException(
                $"Benchmark '{benchmark.Id}' has no percentages per category of '{variable.Id}', so there is no margin to rake to. " +
                $"It measured: {string.Join(", ", benchmark.Items.Select(i => i.Variable).Distinct())}.", variable.Id, null);
        var margin = items.ToDictionary(i => i.Categories[0], i => i.Value, StringComparer.Ordinal);
        // Harmonised items: a sample category the benchmark's category includes is raked as that category.
        var cellOf = items.SelectMany(i => i.Categories.Select(c => (c, i.Categories[0]))).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal);
        var shortfall = 100 - margin.Values.Sum();
        if (shortfall < -roundingAllowance)
        {
            throw new RakingException(
                $"The margin of '{variable.Id}' in benchmark '{benchmark.Id}' sums to {(100 - shortfall).ToString("0.#", CultureInfo.InvariantCulture)}%, more than 100%: the margins are inconsistent.",
                variable.Id, null);
        }
        var withOther = shortfall > roundingAllowance;
        if (withOther) margin[OtherCategory] = shortfall;
        // Decided once per distinct code of the column, not per respondent.
        string RakedAs(string code)
        {
            var cell = cellOf.GetValueOrDefault(code, code);
            return withOther && !margin.ContainsKey(cell) ? OtherCategory : cell;
        }
        return (margin, data.Coded(variable.Id).Map<string?>(RakedAs, null));
    }
}
