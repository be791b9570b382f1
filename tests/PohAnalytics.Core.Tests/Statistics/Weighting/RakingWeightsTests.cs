using PohAnalytics.Core.Statistics.Weighting;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Weighting;

public class RakingWeightsTests
{
    [Theory]
    [MemberData(nameof(ReferenceData.Raking), MemberType = typeof(ReferenceData))]
    public void Matches_survey_rake_weights_for_fixture_respondents(RakingCase reference)
    {
        var result = RakingWeights.Compute(RakingFixtures.VariablesOf(reference), options: RakingFixtures.Strict);

        Assert.True(result.Converged);
        var rScale = reference.Weights.Count / reference.SumWeights;
        for (var i = 0; i < reference.Weights.Count; i++)
        {
            var expected = reference.Weights[i] * rScale;
            Assert.True(
                Math.Abs(result.Weights[i] - expected) <= Tolerance.Weight * expected,
                $"respondent {i}: survey::rake {expected:R}, ours {result.Weights[i]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceData.Raking), MemberType = typeof(ReferenceData))]
    public void Reports_Kish_diagnostics_computed_in_R(RakingCase reference)
    {
        var result = RakingWeights.Compute(RakingFixtures.VariablesOf(reference), options: RakingFixtures.Strict);

        Tolerance.Close(reference.KishDeff, result.Diagnostics.DesignEffect, Tolerance.Weight, "deff");
        Tolerance.Close(reference.EffectiveN, result.Diagnostics.EffectiveSampleSize, Tolerance.Weight, "effective n");
        Tolerance.Close(reference.MaxWeight, result.Diagnostics.MaxWeight, Tolerance.Weight, "max weight");
        Tolerance.Close(reference.MinWeight, result.Diagnostics.MinWeight, Tolerance.Weight, "min weight");
        Assert.Equal(reference.Weights.Count, result.Weights.Sum(), 9);
    }

    [Theory]
    [MemberData(nameof(ReferenceData.Raking), MemberType = typeof(ReferenceData))]
    public void Converges_with_default_options_on_fixture_margins(RakingCase reference)
    {
        var variables = RakingFixtures.VariablesOf(reference);

        var result = RakingWeights.Compute(variables);

        Assert.True(result.Converged);
        Assert.True(result.MaxMarginError < new RakingOptions().Tolerance);
        Assert.True(result.Iterations < new RakingOptions().MaxIterations);
        Assert.Equal(variables[0].RespondentCategories.Count, result.Weights.Count);
    }

    [Fact]
    public void Normalises_rounded_percentages_summing_to_99_and_reports_it()
    {
        var reference = ReferenceValues.Instance.Raking[0];

        var result = RakingWeights.Compute(RakingFixtures.VariablesOf(reference), options: RakingFixtures.Strict);

        var normalisation = Assert.Single(result.Normalisations);
        Assert.Equal("employment", normalisation.Variable);
        Assert.Equal(99, normalisation.OriginalTotal, 9);
        Assert.Equal(100, normalisation.NominalTotal);
    }

    [Fact]
    public void Rejects_margin_with_category_absent_from_sample()
    {
        var gender = RakingFixtures.Gender(("Vrouw", 60), ("Man", 35), ("Anders", 5));

        var error = Assert.Throws<RakingException>(() => RakingWeights.Compute([gender]));

        Assert.Equal("gender", error.Variable);
        Assert.Equal("Anders", error.Category);
        Assert.Contains("'gender'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Anders'", error.Message, StringComparison.Ordinal);
        Assert.Contains("no respondent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_zero_target_for_category_absent_from_sample()
    {
        var gender = RakingFixtures.Gender(("Vrouw", 50), ("Man", 50), ("Anders", 0));

        var result = RakingWeights.Compute([gender]);

        Assert.Equal(3, result.Weights.Take(4).Sum(), 9);
    }

    [Fact]
    public void Rejects_respondent_category_without_margin()
    {
        var gender = RakingFixtures.Gender(("Vrouw", 100));

        var error = Assert.Throws<RakingException>(() => RakingWeights.Compute([gender]));

        Assert.Equal("Man", error.Category);
        Assert.Contains("Respondent 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("no such category", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_respondent_without_category()
    {
        var gender = new RakingVariable("gender", ["Vrouw", null], new Dictionary<string, double> { ["Vrouw"] = 1 });

        var error = Assert.Throws<RakingException>(() => RakingWeights.Compute([gender]));

        Assert.Contains("Respondent 1 has no category", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_margins_with_different_totals()
    {
        var gender = RakingFixtures.Gender(("Vrouw", 350), ("Man", 57));
        var region = RakingFixtures.Region(("Noord", 40), ("Zuid", 39));

        var error = Assert.Throws<RakingException>(() => RakingWeights.Compute([gender, region]));

        Assert.Contains("'gender' sums to 407", error.Message, StringComparison.Ordinal);
        Assert.Contains("'region' sums to 79", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_percentages_too_far_from_100_to_be_rounding()
    {
        var gender = RakingFixtures.Gender(("Vrouw", 50), ("Man", 50));
        var region = RakingFixtures.Region(("Noord", 50), ("Zuid", 47));

        Assert.Throws<RakingException>(() => RakingWeights.Compute([gender, region]));
    }

    [Fact]
    public void Reports_non_convergence_with_variable_and_category()
    {
        var options = new RakingOptions { MaxIterations = 1, Tolerance = 1e-12 };
        var variables = RakingFixtures.VariablesOf(ReferenceValues.Instance.Raking[1]);

        var error = Assert.Throws<RakingException>(() => RakingWeights.Compute(variables, options: options));

        Assert.Contains("did not converge within 1 iterations", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Variable);
        Assert.NotNull(error.Category);
    }

    [Fact]
    public void Returns_unconverged_result_when_asked_not_to_throw()
    {
        var options = new RakingOptions { MaxIterations = 1, Tolerance = 1e-12, ThrowIfNotConverged = false };
        var variables = RakingFixtures.VariablesOf(ReferenceValues.Instance.Raking[1]);

        var result = RakingWeights.Compute(variables, options: options);

        Assert.False(result.Converged);
        Assert.Equal(1, result.Iterations);
        Assert.True(result.MaxMarginError > 1e-12);
    }

    [Fact]
    public void Trims_weights_to_bounds_and_still_meets_margins()
    {
        var variables = RakingFixtures.VariablesOf(ReferenceValues.Instance.Raking[0]);
        var untrimmed = RakingWeights.Compute(variables, options: RakingFixtures.Strict);
        var options = RakingFixtures.Strict with { LowerTrimBound = 0.2, UpperTrimBound = 2.5 };

        var trimmed = RakingWeights.Compute(variables, options: options);

        Assert.True(untrimmed.Diagnostics.MaxWeight > 2.5 && untrimmed.Diagnostics.MinWeight < 0.2);
        Assert.True(trimmed.Converged);
        Assert.True(trimmed.Diagnostics.MaxWeight <= 2.5 + 1e-9, $"max weight {trimmed.Diagnostics.MaxWeight}");
        Assert.True(trimmed.Diagnostics.MinWeight >= 0.2 - 1e-9, $"min weight {trimmed.Diagnostics.MinWeight}");
        Assert.True(trimmed.Diagnostics.DesignEffect < untrimmed.Diagnostics.DesignEffect);
        AssertMeetsMargins(variables, trimmed.Weights, 1e-9);
    }

    [Fact]
    public void Reports_non_convergence_when_trimming_bounds_conflict_with_margins()
    {
        var gender = RakingFixtures.Gender(("Vrouw", 20), ("Man", 80));
        var options = new RakingOptions { UpperTrimBound = 1.2, MaxIterations = 50 };

        var error = Assert.Throws<RakingException>(() => RakingWeights.Compute([gender], options: options));

        Assert.Contains("trimming bounds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_non_convergence_when_fixture_bounds_cannot_meet_gender_and_employment_together()
    {
        // 15 women and 6 men are employed by the practice (target 56/99 × 79 = 44.69). With the upper bound 2.5 the women
        // carry at most 37.5, so those 6 men need ≥ 1.198 each; the other 17 men need ≥ 0.25 each: men ≥ 11.44 > 14% × 79 = 11.06.
        var variables = RakingFixtures.VariablesOf(ReferenceValues.Instance.Raking[0]);
        var options = new RakingOptions { LowerTrimBound = 0.25, UpperTrimBound = 2.5, MaxIterations = 500, ThrowIfNotConverged = false };

        var result = RakingWeights.Compute(variables, options: options);

        Assert.False(result.Converged);
        var menTotal = result.Weights.Where((_, i) => variables[0].RespondentCategories[i] == "Man").Sum();
        Assert.True(menTotal >= (17 * 0.25) + (44.686868 - 37.5) - 1e-4, $"men total {menTotal}");
    }

    [Fact]
    public void Post_stratifies_base_weights_on_a_single_variable()
    {
        var gender = RakingFixtures.Gender(("Vrouw", 0.5), ("Man", 0.5));
        double[] baseWeights = [1, 2, 3, 4, 1, 3];

        var result = RakingWeights.Compute([gender], baseWeights, new RakingOptions { WeightTotal = RakingWeightTotal.BaseWeightTotal });

        // Each gender gets half of Σd = 14, shared in proportion to the base weights within the gender.
        double[] expected = [7 * 1 / 10.0, 7 * 2 / 10.0, 7 * 3 / 10.0, 7 * 4 / 10.0, 7 * 1 / 4.0, 7 * 3 / 4.0];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], result.Weights[i], 12);
        }
    }

    [Fact]
    public void Scales_weights_to_margin_total_when_asked()
    {
        var gender = RakingFixtures.Gender(("Vrouw", 350), ("Man", 57));

        var result = RakingWeights.Compute([gender], options: new RakingOptions { WeightTotal = RakingWeightTotal.MarginTotal });

        Assert.Equal(407, result.Weights.Sum(), 9);
        Assert.Equal(350 / 4.0, result.Weights[0], 9);
        Assert.Empty(result.Normalisations);
    }

    [Theory]
    [InlineData(1.5, null)]
    [InlineData(null, 0.8)]
    [InlineData(-0.1, null)]
    public void Rejects_trimming_bounds_that_exclude_the_mean_weight(double? lower, double? upper)
    {
        var gender = RakingFixtures.Gender(("Vrouw", 50), ("Man", 50));
        var options = new RakingOptions { LowerTrimBound = lower, UpperTrimBound = upper };

        Assert.Throws<ArgumentOutOfRangeException>(() => RakingWeights.Compute([gender], options: options));
    }

    [Fact]
    public void Keeps_zero_base_weights_at_zero()
    {
        var gender = RakingFixtures.Gender(("Vrouw", 50), ("Man", 50));

        var result = RakingWeights.Compute([gender], [1, 0, 1, 1, 1, 1], new RakingOptions { LowerTrimBound = 0.5 });

        Assert.Equal(0, result.Weights[1]);
        Assert.True(result.Converged);
    }

    [Fact]
    public void Respondents_of_one_category_with_different_base_weights_keep_their_ratio_and_clamp_apart()
    {
        // Women have base weights 1, 1 and 3, the man 5: total 10, target 75/25, so women reach 7.5 and the man 2.5. Each
        // category is scaled by one factor: women ×1.5 (1.5, 1.5, 4.5), the man ×0.5 (2.5); rescaled to the sample size
        // (×4/10): 0.6, 0.6, 1.8, 1.0.
        var gender = new RakingVariable("gender", ["Vrouw", "Vrouw", "Vrouw", "Man"],
            new Dictionary<string, double> { ["Vrouw"] = 75, ["Man"] = 25 });

        var result = RakingWeights.Compute([gender], [1, 1, 3, 5], new RakingOptions { WeightTotal = RakingWeightTotal.SampleSize });

        Assert.Equal([0.6, 0.6, 1.8, 1.0], result.Weights.Select(w => Math.Round(w, 12)));

        // An upper bound of 1.2 × the mean base weight 2.5 is 3.0: the heavy woman stops there, and the light ones make up
        // the rest of 7.5 with one factor, 2f + 3 = 7.5, f = 2.25; the man's 2.5 is within the bound.
        var bounded = RakingWeights.Compute([gender], [1, 1, 3, 5],
            new RakingOptions { UpperTrimBound = 1.2, WeightTotal = RakingWeightTotal.BaseWeightTotal });

        Assert.Equal([2.25, 2.25, 3.0, 2.5], bounded.Weights.Select(w => Math.Round(w, 12)));
    }

    [Fact]
    public void Rejects_empty_sample()
    {
        var gender = new RakingVariable("gender", [], new Dictionary<string, double> { ["Vrouw"] = 1 });

        Assert.Throws<RakingException>(() => RakingWeights.Compute([gender]));
    }

    [Fact]
    public void Rejects_variables_listing_different_numbers_of_respondents()
    {
        var gender = RakingFixtures.Gender(("Vrouw", 50), ("Man", 50));
        var shorter = new RakingVariable("region", ["Noord"], new Dictionary<string, double> { ["Noord"] = 100 });

        Assert.Throws<ArgumentException>(() => RakingWeights.Compute([gender, shorter]));
    }

    private static void AssertMeetsMargins(IReadOnlyList<RakingVariable> variables, IReadOnlyList<double> weights, double tolerance)
    {
        var total = weights.Sum();
        foreach (var variable in variables)
        {
            var marginTotal = variable.TargetMargins.Values.Sum();
            foreach (var (category, target) in variable.TargetMargins)
            {
                var share = weights.Where((_, i) => variable.RespondentCategories[i] == category).Sum() / total;
                Assert.True(Math.Abs(share - (target / marginTotal)) < tolerance, $"{variable.Name}={category}: {share} vs {target / marginTotal}");
            }
        }
    }
}
