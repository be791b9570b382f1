using PohAnalytics.Core.Statistics.Proportions;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Proportions;

public class MonteCarloChiSquareTests
{
    public static TheoryData<MonteCarloCase> Cases => DesignReferenceValues.Of(DesignReferenceValues.Instance.MonteCarlo);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_R_simulate_p_value_within_Monte_Carlo_error(MonteCarloCase reference)
    {
        // R's generator cannot be reproduced here, so both p-values are estimates of the same exact conditional p:
        // with B = 100,000 each has SD ≤ √(0.25/B) ≈ 0.0016, so they differ by less than 0.01 (over 4 SDs of the difference).
        var result = MonteCarloChiSquare.Compute(reference.Row1, reference.Row2, reference.B);

        Assert.Equal(reference.ChiSquare, result.ChiSquare, 9);
        Assert.True(Math.Abs(reference.PValue - result.PValue) < 0.01, $"R {reference.PValue}, C# {result.PValue}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_p_value()
    {
        int[] row1 = [21, 21, 17, 5, 15];
        int[] row2 = [469, 352, 313, 91, 78];

        var first = MonteCarloChiSquare.Compute(row1, row2, 2000, seed: 7);
        var second = MonteCarloChiSquare.Compute(row1, row2, 2000, seed: 7);

        Assert.Equal(first.PValue, second.PValue);
    }

    [Fact]
    public void A_table_equal_to_its_expectation_has_p_one()
    {
        var result = MonteCarloChiSquare.Compute([10, 20], [10, 20], 500);

        Assert.Equal(0, result.ChiSquare, 12);
        Assert.Equal(1, result.PValue);
    }
}
