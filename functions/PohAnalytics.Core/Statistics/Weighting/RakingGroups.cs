namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>
/// Respondents grouped by their category on every raking variable and their start weight, numbered in order of first
/// appearance: raking gives every member of a group the same weight, so it adjusts one weight per group.
/// </summary>
internal sealed class RakingGroups
{
    private RakingGroups(int[] groupOf, double[] weights, double[] counts, int[][] categoryOf)
    {
        GroupOf = groupOf;
        Weights = weights;
        Counts = counts;
        CategoryOf = categoryOf;
    }

    /// <summary>Each respondent's group.</summary>
    public int[] GroupOf { get; }

    /// <summary>The start weight of each group's respondents (adjusted in place by raking).</summary>
    public double[] Weights { get; }

    /// <summary>Respondents per group.</summary>
    public double[] Counts { get; }

    /// <summary>Per raking variable, each group's category.</summary>
    public int[][] CategoryOf { get; }

    /// <summary>Groups the respondents of <paramref name="categoryOf"/> (per variable, each respondent's category).</summary>
    public static RakingGroups Of(int[][] categoryOf, double[] start)
    {
        var index = new Dictionary<(long Cell, double Weight), int>();
        var radix = categoryOf.Select(c => (long)(c.Length == 0 ? 1 : c.Max() + 1)).ToArray();
        var groupOf = new int[start.Length];
        var first = new List<int>();
        for (var i = 0; i < start.Length; i++)
        {
            long cell = 0;
            for (var v = 0; v < categoryOf.Length; v++) cell = checked(cell * radix[v] + categoryOf[v][i]);
            if (!index.TryGetValue((cell, start[i]), out var group))
            {
                index[(cell, start[i])] = group = first.Count;
                first.Add(i);
            }
            groupOf[i] = group;
        }
        var counts = new double[first.Count];
        foreach (var group in groupOf) counts[group]++;
        return new RakingGroups(groupOf, first.Select(i => start[i]).ToArray(), counts,
            categoryOf.Select(c => first.Select(i => c[i]).ToArray()).ToArray());
    }
}
