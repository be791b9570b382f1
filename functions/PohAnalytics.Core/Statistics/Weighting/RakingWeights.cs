using System.Globalization;

namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>
/// Raking (iterative proportional fitting): adjusts respondent weights, one variable at a time, until the weighted
/// distribution of every raking variable matches its target margin. Equivalent to R's <c>survey::rake</c> (whose
/// weights sum to the population total; these are rescaled as <see cref="RakingOptions.WeightTotal"/> says).
/// Optional trimming keeps every weight within [lower, upper] × mean weight: each margin adjustment scales a
/// category's weights by the one factor that meets its target after clamping to the bounds (bounded raking, the
/// same problem as <c>survey::calibrate(calfun = "raking", bounds = ...)</c>), so the weights meet the margins and the
/// bounds together, or raking reports non-convergence when the bounds are too tight.
/// </summary>
public static class RakingWeights
{
    /// <summary>Rakes the respondents to the target margins.</summary>
    /// <param name="variables">Raking variables; every variable lists the same respondents in the same order.</param>
    /// <param name="baseWeights">Optional design or base weights (finite, ≥ 0); all 1 when <c>null</c>.</param>
    /// <param name="options">Settings; defaults when <c>null</c>.</param>
    /// <returns>Weights, iterations, convergence, largest margin error, diagnostics and any margin normalisation.</returns>
    /// <exception cref="RakingException">A margin category no respondent has, a respondent category without a margin, a missing
    /// category, margins with different totals, or no convergence (unless <see cref="RakingOptions.ThrowIfNotConverged"/> is off).</exception>
    /// <exception cref="ArgumentException">No variables, variables of different lengths, or invalid base weights or options.</exception>
    public static RakingResult Compute(IReadOnlyList<RakingVariable> variables, IReadOnlyList<double>? baseWeights = null, RakingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(variables);
        options ??= new RakingOptions();
        options.Validate();
        var start = CheckShape(variables, baseWeights);
        var margins = RakingMargins.Build(variables, start, options);

        // Respondents alike in every raking category and in their start weight keep equal weights through every adjustment
        // (each scales a category by one factor, then clamps), so the iterations run over those groups: a handful where a
        // million respondents are raked on two variables.
        var groups = RakingGroups.Of(margins.CategoryOf, start);
        var weights = groups.Weights;
        var total = start.Sum();
        var iterations = 0;
        var error = MarginError.Of(weights, groups, margins);
        var converged = false;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            for (var v = 0; v < margins.VariableNames.Length; v++)
            {
                AdjustToMargin(weights, groups, v, margins.TargetShares[v], total, start.Length, options);
            }

            error = MarginError.Of(weights, groups, margins);
            if (error.Value < options.Tolerance)
            {
                converged = true;
                break;
            }
        }

        if (!converged && options.ThrowIfNotConverged)
        {
            var trimming = options.LowerTrimBound.HasValue || options.UpperTrimBound.HasValue ? " The trimming bounds may be too tight for these margins." : string.Empty;
            throw new RakingException(
                string.Create(CultureInfo.InvariantCulture, $"Raking did not converge within {iterations} iterations: the largest margin error is {error.Value:G4} (variable '{margins.VariableNames[error.Variable]}', category '{margins.CategoryNames[error.Variable][error.Category]}'), tolerance {options.Tolerance:G4}.{trimming}"),
                margins.VariableNames[error.Variable],
                margins.CategoryNames[error.Variable][error.Category]);
        }

        var scale = options.WeightTotal switch
        {
            RakingWeightTotal.SampleSize => start.Length / total,
            RakingWeightTotal.BaseWeightTotal => 1.0,
            _ => margins.MarginTotal / total,
        };
        var scaled = new double[start.Length];
        for (var i = 0; i < scaled.Length; i++) scaled[i] = weights[groups.GroupOf[i]] * scale;
        return new RakingResult(scaled, iterations, converged, error.Value, WeightDiagnostics.From(scaled), margins.Normalisations);
    }

    private static double[] CheckShape(IReadOnlyList<RakingVariable> variables, IReadOnlyList<double>? baseWeights)
    {
        if (variables.Count == 0)
        {
            throw new ArgumentException("Raking needs at least one variable.", nameof(variables));
        }

        var n = variables[0].RespondentCategories.Count;
        foreach (var variable in variables)
        {
            if (variable.RespondentCategories.Count != n)
            {
                throw new ArgumentException($"Raking variable '{variable.Name}' has {variable.RespondentCategories.Count} respondents, '{variables[0].Name}' has {n}; all must list the same respondents.", nameof(variables));
            }
        }

        if (n == 0)
        {
            throw new RakingException("There are no respondents to rake.");
        }

        if (baseWeights is null)
        {
            return Enumerable.Repeat(1.0, n).ToArray();
        }

        if (baseWeights.Count != n)
        {
            throw new ArgumentException($"Got {baseWeights.Count} base weights for {n} respondents.", nameof(baseWeights));
        }

        if (baseWeights.Any(w => !(double.IsFinite(w) && w >= 0)) || !(baseWeights.Sum() > 0))
        {
            throw new ArgumentException("Base weights must be finite, ≥ 0 and not all 0.", nameof(baseWeights));
        }

        return baseWeights.ToArray();
    }

    private static void AdjustToMargin(
        double[] weights, RakingGroups groups, int variable, double[] targetShares, double total, int respondents, RakingOptions options)
    {
        var mean = total / respondents;
        var lower = (options.LowerTrimBound ?? 0) * mean;
        var upper = (options.UpperTrimBound ?? double.PositiveInfinity) * mean;
        var members = Enumerable.Range(0, targetShares.Length).Select(_ => new List<int>()).ToArray();
        for (var g = 0; g < weights.Length; g++)
        {
            members[groups.CategoryOf[variable][g]].Add(g);
        }

        for (var c = 0; c < targetShares.Length; c++)
        {
            BoundedScaling.Apply(weights, groups.Counts, members[c], targetShares[c] * total, lower, upper);
        }
    }

    /// <summary>Largest absolute share error and where it occurs.</summary>
    private readonly record struct MarginError(double Value, int Variable, int Category)
    {
        public static MarginError Of(double[] weights, RakingGroups groups, RakingMargins margins)
        {
            var total = 0.0;
            for (var g = 0; g < weights.Length; g++) total += groups.Counts[g] * weights[g];
            var worst = new MarginError(0, 0, 0);
            for (var v = 0; v < margins.VariableNames.Length; v++)
            {
                var shares = new double[margins.TargetShares[v].Length];
                for (var g = 0; g < weights.Length; g++)
                {
                    shares[groups.CategoryOf[v][g]] += groups.Counts[g] * weights[g] / total;
                }

                for (var c = 0; c < shares.Length; c++)
                {
                    var difference = Math.Abs(shares[c] - margins.TargetShares[v][c]);
                    if (difference > worst.Value)
                    {
                        worst = new MarginError(difference, v, c);
                    }
                }
            }

            return worst;
        }
    }
}
