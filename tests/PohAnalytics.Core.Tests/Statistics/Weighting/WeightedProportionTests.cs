using PohAnalytics.Core.Statistics.Proportions;
using PohAnalytics.Core.Statistics.Weighting;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Weighting;

public class WeightedProportionTests
{
    [Theory]
    [MemberData(nameof(ReferenceData.Raking), MemberType = typeof(ReferenceData))]
    public void Matches_svymean_on_survey_rake_design_with_effective_n_Wilson_interval(RakingCase reference)
    {
        foreach (var estimate in reference.Estimates)
        {
            var categories = reference.EstimateVariables[estimate.Variable];

            var result = WeightedProportion.ForCategory(categories.ToArray(), reference.Weights, estimate.Category);

            var what = $"{estimate.Variable}={estimate.Category}";
            Tolerance.Close(estimate.Proportion, result.Proportion, Tolerance.Statistic, what);
            Tolerance.Close(estimate.EffectiveN, result.EffectiveN, Tolerance.Statistic, what + " n_eff");
            Tolerance.Close(estimate.WilsonLower, result.Wilson.Interval?.Lower, Tolerance.Statistic, what + " lower");
            Tolerance.Close(estimate.WilsonUpper, result.Wilson.Interval?.Upper, Tolerance.Statistic, what + " upper");
        }
    }

    [Fact]
    public void Equals_plain_Wilson_interval_with_equal_weights()
    {
        bool?[] answers = [true, false, true, true, false, false, false, true, false, false];

        var result = WeightedProportion.Compute(answers, Enumerable.Repeat(1.3, answers.Length).ToArray());
        var plain = WilsonInterval.Compute(4, 10);

        Assert.Equal(0.4, result.Proportion!.Value, 12);
        Assert.Equal(plain.Interval!.Value.Lower, result.Wilson.Interval!.Value.Lower, 12);
        Assert.Equal(plain.Interval.Value.Upper, result.Wilson.Interval.Value.Upper, 12);
    }

    [Fact]
    public void Excludes_missing_answers_from_numerator_and_denominator()
    {
        var result = WeightedProportion.Compute([true, null, false, null], [1, 100, 3, 100]);

        Assert.Equal(2, result.N);
        Assert.Equal(0.25, result.Proportion!.Value, 12);
        Assert.Equal(4, result.SumOfWeights);
    }

    [Fact]
    public void Is_undefined_when_all_answers_are_missing()
    {
        var result = WeightedProportion.Compute([null, null], [1, 2]);

        Assert.Null(result.Proportion);
        Assert.False(result.Wilson.IsDefined);
    }

    [Fact]
    public void Unequal_weights_widen_the_interval()
    {
        bool?[] answers = [true, false, true, false, true, false, true, false];

        var equal = WeightedProportion.Compute(answers, [1, 1, 1, 1, 1, 1, 1, 1]);
        var unequal = WeightedProportion.Compute(answers, [3, 3, 0.5, 0.5, 3, 3, 0.5, 0.5]);

        Assert.Equal(equal.Proportion!.Value, unequal.Proportion!.Value, 12);
        Assert.True(unequal.Wilson.Interval!.Value.Width > equal.Wilson.Interval!.Value.Width);
    }

    [Theory]
    [MemberData(nameof(ReferenceData.Raking), MemberType = typeof(ReferenceData))]
    public void Every_category_at_once_matches_svymean_and_the_pass_per_category_exactly(RakingCase reference)
    {
        foreach (var (variable, answers) in reference.EstimateVariables)
        {
            var levels = answers.Distinct().ToList();
            var index = answers.Select(a => levels.IndexOf(a)).ToArray();
            index[0] = -1; // one missing answer, which neither numerator nor denominator may count

            var all = WeightedProportion.PerCategory(index, levels.Count, reference.Weights);

            for (var k = 0; k < levels.Count; k++)
            {
                var single = WeightedProportion.Compute(index.Length, i => index[i] < 0 ? null : index[i] == k, reference.Weights);
                Assert.Equal(single, all[k]);
            }
            var full = WeightedProportion.PerCategory(answers.Select(a => levels.IndexOf(a)).ToArray(), levels.Count, reference.Weights);
            foreach (var estimate in reference.Estimates.Where(e => e.Variable == variable))
                Tolerance.Close(estimate.Proportion, full[levels.IndexOf(estimate.Category)].Proportion, Tolerance.Statistic, variable);
        }
    }

    [Fact]
    public void Every_category_at_once_rejects_a_negative_weight_even_of_a_missing_answer() =>
        Assert.Throws<ArgumentException>(() => WeightedProportion.PerCategory([0, -1], 1, [1, -2]));

    [Fact]
    public void Rejects_weights_not_matching_respondents() =>
        Assert.Throws<ArgumentException>(() => WeightedProportion.Compute([true, false], [1]));
}
