using PohAnalytics.Core.Statistics.Weighting;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Weighting;

public class WeightDiagnosticsTests
{
    [Theory]
    [MemberData(nameof(ReferenceData.Raking), MemberType = typeof(ReferenceData))]
    public void Matches_Kish_values_computed_in_R_from_survey_rake_weights(RakingCase reference)
    {
        var result = WeightDiagnostics.From(reference.Weights);

        Tolerance.Close(reference.KishDeff, result.DesignEffect, Tolerance.Statistic, "deff");
        Tolerance.Close(reference.EffectiveN, result.EffectiveSampleSize, Tolerance.Statistic, "effective n");
        Assert.Equal(reference.MinWeight, result.MinWeight);
        Assert.Equal(reference.MaxWeight, result.MaxWeight);
    }

    [Fact]
    public void Equal_weights_have_design_effect_one_and_full_effective_n()
    {
        var result = WeightDiagnostics.From(Enumerable.Repeat(2.5, 40));

        Assert.Equal(1, result.DesignEffect, 12);
        Assert.Equal(40, result.EffectiveSampleSize, 12);
        Assert.Equal(1, result.MaxToMinRatio);
    }

    [Fact]
    public void Is_scale_invariant()
    {
        double[] weights = [0.5, 1, 2, 4];

        var result = WeightDiagnostics.From(weights);
        var scaled = WeightDiagnostics.From(weights.Select(w => w * 17));

        Assert.Equal(result.DesignEffect, scaled.DesignEffect, 12);
        Assert.Equal(result.EffectiveSampleSize, scaled.EffectiveSampleSize, 12);
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new double[] { 0, 0 })]
    [InlineData(new double[] { 1, -1 })]
    [InlineData(new double[] { 1, double.NaN })]
    public void Rejects_weights_without_positive_total_or_with_invalid_values(double[] weights) =>
        Assert.Throws<ArgumentException>(() => WeightDiagnostics.From(weights));
}
