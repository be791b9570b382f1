using PohAnalytics.Core.Statistics.EffectSizes;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.EffectSizes;

public class CohensHTests
{
    [Theory]
    [MemberData(nameof(ReferenceData.TwoProportion), MemberType = typeof(ReferenceData))]
    public void Matches_pwr_ES_h(TwoProportionCase reference)
    {
        var result = CohensH.Compute(reference.P1, reference.P2);

        Tolerance.Close(reference.CohensH, result.Value, Tolerance.Statistic, "h");
    }

    [Theory]
    [InlineData(0.50, 0.50, EffectSizeBand.Negligible)]
    [InlineData(0.71, 0.86, EffectSizeBand.Small)]
    [InlineData(0.30, 0.60, EffectSizeBand.Medium)]
    [InlineData(0.10, 0.60, EffectSizeBand.Large)]
    [InlineData(1.00, 0.00, EffectSizeBand.Large)]
    public void Classifies_by_absolute_value(double p1, double p2, EffectSizeBand expected) =>
        Assert.Equal(expected, CohensH.Compute(p1, p2).Band);

    [Theory]
    [InlineData(0.1999, EffectSizeBand.Negligible)]
    [InlineData(0.2, EffectSizeBand.Small)]
    [InlineData(-0.5, EffectSizeBand.Medium)]
    [InlineData(0.8, EffectSizeBand.Large)]
    public void Band_lower_bounds_are_inclusive(double effect, EffectSizeBand expected) =>
        Assert.Equal(expected, EffectSizeBands.Classify(effect));

    [Fact]
    public void Is_antisymmetric() =>
        Assert.Equal(-CohensH.Compute(0.3, 0.7).Value, CohensH.Compute(0.7, 0.3).Value, 12);

    [Fact]
    public void Rejects_percentages_given_as_proportions() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CohensH.Compute(71, 86));
}
