using PohAnalytics.Core.Statistics.Inference;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Inference;

public class EquivalenceTestTests
{
    public static TheoryData<TostCase> Cases => DesignReferenceValues.Of(DesignReferenceValues.Instance.Tost);

    public static TheoryData<HolmCase> HolmCases => DesignReferenceValues.Of(DesignReferenceValues.Instance.Holm);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_TOST_written_out_in_R(TostCase reference)
    {
        var result = EquivalenceTest.Compute(reference.Difference, reference.Se, reference.Margin, reference.Df);

        Tolerance.Close(reference.PLower, result.PLower, 1e-9, "p lower");
        Tolerance.Close(reference.PUpper, result.PUpper, 1e-9, "p upper");
        Tolerance.Close(reference.PTost, result.PValue, 1e-9, "p TOST");
        Tolerance.Close(reference.Ci90Lower, result.Interval.Lower, 1e-9, "90% lower");
        Tolerance.Close(reference.Ci90Upper, result.Interval.Upper, 1e-9, "90% upper");
    }

    [Fact]
    public void Equivalence_at_5_percent_is_the_90_percent_interval_inside_the_margin()
    {
        var inside = EquivalenceTest.Compute(0.01, 0.02, 0.05);
        var outside = EquivalenceTest.Compute(0.03, 0.02, 0.05);

        Assert.True(inside.IsEquivalent());
        Assert.True(inside.Interval.Lower > -0.05 && inside.Interval.Upper < 0.05);
        Assert.False(outside.IsEquivalent());
        Assert.True(outside.Interval.Upper > 0.05);
    }

    [Theory]
    [MemberData(nameof(HolmCases))]
    public void Holm_matches_p_adjust(HolmCase reference)
    {
        var adjusted = HolmAdjustment.Adjust(reference.P);

        for (var i = 0; i < adjusted.Count; i++)
        {
            Assert.Equal(reference.Adjusted[i], adjusted[i], 12);
        }
    }
}
