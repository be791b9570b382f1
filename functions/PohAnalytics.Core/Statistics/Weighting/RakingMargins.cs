using System.Globalization;

namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>Validated raking input: per variable, each respondent's category index and the target shares.</summary>
internal sealed class RakingMargins
{
    private RakingMargins(int[][] categoryOf, double[][] targetShares, string[][] categoryNames, string[] variableNames, double marginTotal, IReadOnlyList<MarginNormalisation> normalisations)
    {
        CategoryOf = categoryOf;
        TargetShares = targetShares;
        CategoryNames = categoryNames;
        VariableNames = variableNames;
        MarginTotal = marginTotal;
        Normalisations = normalisations;
    }

    /// <summary>[variable][respondent] → category index.</summary>
    public int[][] CategoryOf { get; }

    /// <summary>[variable][category] → target share (sums to 1 per variable).</summary>
    public double[][] TargetShares { get; }

    /// <summary>[variable][category] → category name.</summary>
    public string[][] CategoryNames { get; }

    /// <summary>Variable names.</summary>
    public string[] VariableNames { get; }

    /// <summary>The common total of the margins as given (mean over variables).</summary>
    public double MarginTotal { get; }

    /// <summary>Margins rescaled because of rounding.</summary>
    public IReadOnlyList<MarginNormalisation> Normalisations { get; }

    /// <summary>Validates the variables against each other and against the base weights.</summary>
    public static RakingMargins Build(IReadOnlyList<RakingVariable> variables, double[] baseWeights, RakingOptions options)
    {
        var n = baseWeights.Length;
        var totals = variables.Select(v => v.TargetMargins.Values.Sum()).ToArray();
        var normalisations = CheckTotals(variables, totals, options);

        var categoryOf = new int[variables.Count][];
        var shares = new double[variables.Count][];
        var names = new string[variables.Count][];
        for (var v = 0; v < variables.Count; v++)
        {
            var variable = variables[v];
            names[v] = variable.TargetMargins.Keys.ToArray();
            shares[v] = variable.TargetMargins.Values.Select(t => t / totals[v]).ToArray();
            var index = names[v].Select((name, c) => (name, c)).ToDictionary(p => p.name, p => p.c, StringComparer.Ordinal);
            categoryOf[v] = new int[n];
            var weightIn = new double[names[v].Length];
            for (var i = 0; i < n; i++)
            {
                var category = variable.RespondentCategories[i]
                    ?? throw new RakingException($"Respondent {i} has no category for raking variable '{variable.Name}'; raking needs complete data, so impute or exclude that respondent first.", variable.Name, null);
                if (!index.TryGetValue(category, out var c))
                {
                    throw new RakingException($"Respondent {i} has category '{category}' for raking variable '{variable.Name}', but the target margin has no such category (margin categories: {string.Join(", ", names[v].Select(x => $"'{x}'"))}).", variable.Name, category);
                }

                categoryOf[v][i] = c;
                weightIn[c] += baseWeights[i];
            }

            for (var c = 0; c < names[v].Length; c++)
            {
                if (shares[v][c] > 0 && weightIn[c] <= 0)
                {
                    throw new RakingException($"Target margin of raking variable '{variable.Name}' has category '{names[v][c]}' ({Format(variable.TargetMargins[names[v][c]])}), but no respondent in the sample has that category, so no weight can reach it. Merge it with a neighbouring category or drop it from the margin.", variable.Name, names[v][c]);
                }
            }
        }

        return new RakingMargins(categoryOf, shares, names, variables.Select(v => v.Name).ToArray(), totals.Average(), normalisations);
    }

    private static List<MarginNormalisation> CheckTotals(IReadOnlyList<RakingVariable> variables, double[] totals, RakingOptions options)
    {
        for (var v = 0; v < variables.Count; v++)
        {
            foreach (var (category, target) in variables[v].TargetMargins)
            {
                if (!(double.IsFinite(target) && target >= 0))
                {
                    throw new RakingException($"Target of category '{category}' of raking variable '{variables[v].Name}' is {Format(target)}; targets must be finite and ≥ 0.", variables[v].Name, category);
                }
            }

            if (!(totals[v] > 0))
            {
                throw new RakingException($"Target margin of raking variable '{variables[v].Name}' sums to 0.", variables[v].Name, null);
            }
        }

        var normalisations = new List<MarginNormalisation>();
        foreach (var nominal in new[] { 100.0, 1.0 })
        {
            var allowance = options.PercentageRoundingAllowance * nominal / 100;
            if (totals.All(t => Math.Abs(t - nominal) <= allowance))
            {
                for (var v = 0; v < variables.Count; v++)
                {
                    if (Math.Abs(totals[v] - nominal) > options.MarginTotalTolerance * nominal)
                    {
                        normalisations.Add(new MarginNormalisation(variables[v].Name, totals[v], nominal));
                    }
                }

                return normalisations;
            }
        }

        var max = totals.Max();
        if (max - totals.Min() > options.MarginTotalTolerance * max)
        {
            var listing = string.Join(", ", variables.Select((v, i) => $"'{v.Name}' sums to {Format(totals[i])}"));
            throw new RakingException($"Target margins describe different totals: {listing}. Give every margin as proportions, as percentages, or as counts of the same population.");
        }

        return normalisations;
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
