using MathNet.Numerics.Random;
using PohAnalytics.Core.Statistics.Proportions;

namespace PohAnalytics.Core.Tests.Statistics.Proportions;

public class HypergeometricSamplerTests
{
    [Fact]
    public void Small_urn_frequencies_match_the_probabilities_counted_by_hand()
    {
        // 3 drawn from 10 holding 4 successes: C(4,x)·C(6,3−x)/C(10,3) = 20, 60, 36, 4 out of 120.
        var random = new Xoshiro256StarStar(3);
        var sampler = new HypergeometricSampler(10);
        var counts = new int[4];
        const int draws = 240_000;
        for (var i = 0; i < draws; i++) counts[sampler.Sample(random, 10, 4, 3)]++;

        var expected = new[] { 20 / 120.0, 60 / 120.0, 36 / 120.0, 4 / 120.0 };
        for (var x = 0; x < 4; x++) Assert.InRange((double)counts[x] / draws, expected[x] - 0.004, expected[x] + 0.004);
    }

    [Fact]
    public void Large_urn_mean_and_variance_match_the_closed_form()
    {
        // N = 20,000, K = 8,000, n = 3,000: mean nK/N = 1,200; variance n(K/N)(1 − K/N)(N − n)/(N − 1) = 612.03.
        var random = new Xoshiro256StarStar(5);
        var sampler = new HypergeometricSampler(20_000);
        var samples = Enumerable.Range(0, 100_000).Select(_ => (double)sampler.Sample(random, 20_000, 8_000, 3_000)).ToArray();
        var mean = samples.Average();
        var variance = samples.Sum(s => (s - mean) * (s - mean)) / (samples.Length - 1);

        Assert.InRange(mean, 1_199.6, 1_200.4);
        Assert.InRange(variance, 612.03 * 0.97, 612.03 * 1.03);
    }

    [Fact]
    public void A_draw_stays_within_the_support()
    {
        var random = new Xoshiro256StarStar(9);
        var sampler = new HypergeometricSampler(10);
        // 8 drawn from 10 holding 7 successes: at least 5 and at most 7 successes.
        var values = Enumerable.Range(0, 10_000).Select(_ => sampler.Sample(random, 10, 7, 8)).ToHashSet();

        Assert.Equal(new HashSet<int> { 5, 6, 7 }, values);
    }
}
