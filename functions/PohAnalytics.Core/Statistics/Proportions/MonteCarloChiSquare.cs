using MathNet.Numerics.Random;

namespace PohAnalytics.Core.Statistics.Proportions;

/// <summary>
/// Monte-Carlo p-value of Pearson's X² for a 2 × k table of whole counts, as R's
/// <c>chisq.test(x, simulate.p.value = TRUE, B)</c>: B tables with the observed margins are drawn (column by column, the
/// count of the smaller row is hypergeometric), and p = (1 + #{X²_sim ≥ X²_obs})/(B + 1). The generator is seeded, so a
/// seed gives the same p on every run; it cannot reproduce R's generator, so p agrees with R only within Monte-Carlo
/// error (SD ≈ √(p(1−p)/B)).
/// </summary>
/// <param name="ChiSquare">Observed Pearson X² of the table.</param>
/// <param name="PValue">Monte-Carlo p-value.</param>
/// <param name="Replicates">B.</param>
/// <param name="Seed">Seed of the generator.</param>
public sealed record MonteCarloChiSquare(double ChiSquare, double PValue, int Replicates, int Seed)
{
    /// <summary>Default number of simulated tables.</summary>
    public const int DefaultReplicates = 100_000;

    /// <summary>Default seed (fixed, so served p-values do not change between requests).</summary>
    public const int DefaultSeed = 14;

    /// <summary>Simulates the p-value.</summary>
    /// <param name="row1">Whole counts of group 1; categories empty in both rows are ignored.</param>
    /// <param name="row2">Whole counts of group 2, same categories.</param>
    /// <param name="replicates">B ≥ 1.</param>
    /// <param name="seed">Generator seed.</param>
    /// <exception cref="ArgumentException">Rows of different length, a count that is negative or not whole, an empty row, or B &lt; 1.</exception>
    public static MonteCarloChiSquare Compute(IReadOnlyList<int> row1, IReadOnlyList<int> row2, int replicates = DefaultReplicates, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(row1);
        ArgumentNullException.ThrowIfNull(row2);
        if (row1.Count != row2.Count) throw new ArgumentException("Both rows need the same categories.", nameof(row2));
        if (row1.Concat(row2).Any(c => c < 0)) throw new ArgumentException("Counts must be ≥ 0.", nameof(row1));
        if (replicates < 1) throw new ArgumentException("Simulate at least one table.", nameof(replicates));
        var keep = Enumerable.Range(0, row1.Count).Where(j => row1[j] + row2[j] > 0).ToArray();
        var a = keep.Select(j => row1[j]).ToArray();
        var columns = keep.Select(j => row1[j] + row2[j]).ToArray();
        int r1 = a.Sum(), total = columns.Sum();
        if (r1 == 0 || r1 == total) throw new ArgumentException("Both rows need respondents.", nameof(row1));

        var expected1 = columns.Select(c => (double)r1 * c / total).ToArray();
        var expected2 = columns.Select(c => (double)(total - r1) * c / total).ToArray();
        double Statistic(int[] first)
        {
            var sum = 0.0;
            for (var j = 0; j < first.Length; j++)
            {
                double d1 = first[j] - expected1[j], d2 = columns[j] - first[j] - expected2[j];
                sum += (d1 * d1 / expected1[j]) + (d2 * d2 / expected2[j]);
            }
            return sum;
        }

        var observed = Statistic(a);
        // R compares with a tolerance of 64 machine epsilons so that ties with the observed table count.
        var threshold = observed * (1 - (64 * 2.220446049250313e-16));
        var random = new Xoshiro256StarStar(seed);
        var sampler = new HypergeometricSampler(total);
        // X² is symmetric in the rows, and the hypergeometric law in its successes and draws: drawing the smaller row,
        // with the smaller of its remainder and the column as draws, keeps each draw's support (the sampler's steps)
        // bounded by the smaller row, so a 1M-row sample against a benchmark of a few hundred stays cheap.
        var simulateFirst = r1 <= total - r1;
        var smaller = simulateFirst ? r1 : total - r1;
        var simulated = new int[a.Length];
        var atLeast = 0;
        for (var b = 0; b < replicates; b++)
        {
            int remaining = total, remainingSmaller = smaller;
            for (var j = 0; j < columns.Length; j++)
            {
                var drawn = remainingSmaller == 0 ? 0
                    : j == columns.Length - 1 ? remainingSmaller
                    : sampler.Sample(random, remaining,
                        Math.Max(remainingSmaller, columns[j]), Math.Min(remainingSmaller, columns[j]));
                simulated[j] = simulateFirst ? drawn : columns[j] - drawn;
                remaining -= columns[j];
                remainingSmaller -= drawn;
            }
            if (Statistic(simulated) >= threshold) atLeast++;
        }
        return new MonteCarloChiSquare(observed, (1.0 + atLeast) / (replicates + 1.0), replicates, seed);
    }
}
