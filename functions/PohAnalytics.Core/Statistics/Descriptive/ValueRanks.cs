namespace PohAnalytics.Core.Statistics.Descriptive;

/// <summary>
/// A numeric column's distinct values in ascending order, and each row's place among them (−1 where the value is null or
/// NaN). Summaries then count or weigh the rows in one pass in row order and read the order from the distinct values:
/// no sort per summary and no walk through the rows in value order (which misses the cache on every row).
/// </summary>
internal sealed class ValueRanks
{
    private ValueRanks(double[] distinct, int[] rank)
    {
        Distinct = distinct;
        Rank = rank;
    }

    /// <summary>The distinct present values, ascending.</summary>
    public double[] Distinct { get; }

    /// <summary>Per row, the index of its value in <see cref="Distinct"/>; −1 when missing.</summary>
    public int[] Rank { get; }

    /// <summary>Ranks the values of a column.</summary>
    public static ValueRanks Of(IReadOnlyList<double?> values)
    {
        var positions = new Dictionary<double, int>();
        var rank = new int[values.Count];
        for (var i = 0; i < rank.Length; i++)
        {
            if (values[i] is not { } v || double.IsNaN(v))
            {
                rank[i] = -1;
                continue;
            }
            // −0 and +0 are one value, as a sort would leave them side by side.
            if (!positions.TryGetValue(v, out var p)) positions[v] = p = positions.Count;
            rank[i] = p;
        }
        var distinct = new double[positions.Count];
        foreach (var (value, p) in positions) distinct[p] = value;
        // Sorting the values carries each one's first-seen position along, which gives every row its rank.
        var firstSeen = Enumerable.Range(0, distinct.Length).ToArray();
        Array.Sort(distinct, firstSeen);
        var place = new int[firstSeen.Length];
        for (var k = 0; k < firstSeen.Length; k++) place[firstSeen[k]] = k;
        for (var i = 0; i < rank.Length; i++)
            if (rank[i] >= 0) rank[i] = place[rank[i]];
        return new ValueRanks(distinct, rank);
    }

    /// <summary>How many rows hold each distinct value.</summary>
    public int[] Counts()
    {
        var counts = new int[Distinct.Length];
        foreach (var r in Rank)
            if (r >= 0) counts[r]++;
        return counts;
    }
}
