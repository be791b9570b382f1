using PohAnalytics.Core.Statistics.Design;
using PohAnalytics.Core.Statistics.Weighting;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Design;

public class SurveyDesignTests
{
    /// <summary>Standard errors must agree with survey::svymean to this (absolute; SEs are 0.05–6).</summary>
    private const double SeTolerance = 1e-6;

    public static TheoryData<DesignSeCase> Cases => DesignReferenceValues.Of(DesignReferenceValues.Instance.DesignSe);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Standard_errors_match_svymean_after_rake_with_R_weights(DesignSeCase reference)
    {
        var design = DesignOf(reference.Raking, reference.Weights);

        foreach (var proportion in reference.Proportions)
        {
            var result = design.Proportion(proportion.Member);
            Tolerance.Close(proportion.Estimate, result.Estimate, 1e-9, proportion.Name);
            Tolerance.Close(proportion.Se, result.StandardError, SeTolerance, proportion.Name + " SE");
        }

        foreach (var mean in reference.Means)
        {
            var result = design.Mean(mean.Values);
            Tolerance.Close(mean.Estimate, result.Estimate, 1e-9, mean.Name);
            Tolerance.Close(mean.Se, result.StandardError, SeTolerance, mean.Name + " SE");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Standard_errors_match_svymean_with_weights_raked_in_CSharp(DesignSeCase reference)
    {
        if (reference.Raking.Count == 0)
        {
            return;
        }

        var variables = reference.Raking.Select(r => new RakingVariable(r.Name, r.Categories.ToArray(), r.MarginsPercent)).ToList();
        var weights = RakingWeights.Compute(variables, null, new RakingOptions { Tolerance = 1e-12, MaxIterations = 1000 }).Weights;
        var design = SurveyDesign.Raked(weights, reference.Raking.Select(r => (IReadOnlyList<string?>)r.Categories.ToArray()));

        foreach (var proportion in reference.Proportions)
        {
            Tolerance.Close(proportion.Se, design.Proportion(proportion.Member).StandardError, SeTolerance, proportion.Name + " SE");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_proportion_from_sums_per_answer_and_raking_cell_equals_the_mean_of_its_indicator_per_respondent(DesignSeCase reference)
    {
        var design = DesignOf(reference.Raking, reference.Weights);

        foreach (var proportion in reference.Proportions)
        {
            // Every third answer missing too: the domain (na.rm) has to follow in both forms.
            var member = proportion.Member.Select((m, i) => i % 3 == 0 ? null : m).ToArray();
            var grouped = design.Proportion(member);
            var perRespondent = design.Mean(member.Select(m => m is { } b ? (b ? 1.0 : 0.0) : (double?)null).ToArray());

            Assert.Equal(perRespondent.N, grouped.N);
            Tolerance.Close(perRespondent.Estimate!.Value, grouped.Estimate, 1e-12, proportion.Name);
            Tolerance.Close(perRespondent.StandardError!.Value, grouped.StandardError, 1e-12, proportion.Name + " SE");
            Tolerance.Close(perRespondent.SumOfWeights, grouped.SumOfWeights, 1e-9, proportion.Name + " Σw");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Category_totals_from_sums_per_level_equal_the_pass_per_respondent_of_a_single_stratum(DesignSeCase reference)
    {
        // One stratum holding everyone is the same design, computed per respondent (strata take that path).
        var grouped = SurveyDesign.Weighted(reference.Weights);
        var perRespondent = SurveyDesign.Weighted(reference.Weights, Enumerable.Repeat("all", reference.Weights.Count).ToArray());
        var categories = reference.Proportions[0].Member.Select((m, i) => i % 4 == 0 ? null : m is true ? "yes" : "no").ToArray();
        string[] levels = ["no", "yes", "never given"];

        var (totals, covariance) = grouped.Totals(categories, levels);
        var (expectedTotals, expectedCovariance) = perRespondent.Totals(categories, levels);

        for (var a = 0; a < levels.Length; a++)
        {
            Tolerance.Close(expectedTotals[a], totals[a], 1e-12, $"total {levels[a]}");
            for (var b = 0; b < levels.Length; b++)
                Tolerance.Close(expectedCovariance[a, b], covariance[a, b], 1e-12, $"covariance {levels[a]}, {levels[b]}");
        }
    }

    [Fact]
    public void The_share_of_a_raking_category_has_standard_error_zero()
    {
        var reference = DesignReferenceValues.Instance.DesignSe.First(c => c.Raking.Count == 2);
        var design = DesignOf(reference.Raking, reference.Weights);
        var female = reference.Raking[0].Categories.Select(c => (bool?)(c == "female")).ToArray();

        var result = design.Proportion(female);

        Assert.Equal(0.86, result.Estimate!.Value, 9);
        Assert.True(result.StandardError < 1e-9, $"SE {result.StandardError}");
    }

    [Fact]
    public void Unweighted_standard_error_of_a_proportion_is_the_n_minus_1_binomial_formula()
    {
        // Hand derivation: z_i = (y_i − p)/n, Var = n/(n − 1) Σ z_i² = p(1 − p)/(n − 1); p = 0.4, n = 10 → √(0.24/9).
        bool?[] answers = [true, false, true, true, false, false, false, true, false, false];

        var result = SurveyDesign.Unweighted(10).Proportion(answers);

        Assert.Equal(Math.Sqrt(0.24 / 9), result.StandardError!.Value, 12);
        Assert.Equal(0.4 - (1.959963984540054 * Math.Sqrt(0.24 / 9)), result.Interval()!.Value.Lower, 9);
    }

    [Fact]
    public void Missing_answers_are_a_domain_not_a_no()
    {
        var result = SurveyDesign.Unweighted(4).Proportion([true, null, false, null]);

        Assert.Equal(2, result.N);
        Assert.Equal(0.5, result.Estimate!.Value, 12);
    }

    private static SurveyDesign DesignOf(IReadOnlyList<RakingInputCase> raking, IReadOnlyList<double> weights) =>
        raking.Count == 0
            ? SurveyDesign.Weighted(weights)
            : SurveyDesign.Raked(weights, raking.Select(r => (IReadOnlyList<string?>)r.Categories.ToArray()));
}
