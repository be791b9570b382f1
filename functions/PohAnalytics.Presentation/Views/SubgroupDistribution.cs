using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Presentation.Views;

/// <summary>
/// A category distribution as the dashboard serves it: for everyone, or for one subgroup of one slicer. Suppression is
/// computed over the unfiltered distribution and every slicer's subgroups together (<see cref="CrossTableSuppression"/>),
/// so the same cells are hidden whichever view is asked and no view can be subtracted from another to reveal one.
/// </summary>
public static class SubgroupDistribution
{
    /// <summary>Computes the served distribution.</summary>
    /// <param name="categories">Categories in display order.</param>
    /// <param name="rowCodes">Category code per respondent (null: no answer).</param>
    /// <param name="dimensions">All slicer dimensions: subgroup code per respondent and the subgroup codes.</param>
    /// <param name="selected">The slicer (index into <paramref name="dimensions"/>) and subgroup shown, or null for everyone.</param>
    /// <param name="threshold">Smallest count shown.</param>
    /// <returns>The cells and the group's size (null when the whole group is hidden).</returns>
    public static (IReadOnlyList<DistributionCell> Cells, long? GroupSize) Compute(
        IReadOnlyList<(string Code, LocalizedText Label)> categories, IReadOnlyList<string?> rowCodes,
        IReadOnlyList<(IReadOnlyList<string?> Codes, IReadOnlyList<string> Values)> dimensions, (int Dimension, string Value)? selected, int threshold)
    {
        var index = categories.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var totals = new long[categories.Count];
        for (var r = 0; r < rowCodes.Count; r++)
            if (rowCodes[r] is { } code && index.TryGetValue(code, out var c)) totals[c]++;
        var n = totals.Sum();
        var tables = dimensions.Select(d =>
        {
            var values = d.Values.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
            var counts = new long[categories.Count, d.Values.Count];
            var sizes = new long[d.Values.Count];
            for (var r = 0; r < rowCodes.Count; r++)
            {
                if (rowCodes[r] is not { } code || !index.TryGetValue(code, out var c)) continue;
                if (d.Codes[r] is not { } group || !values.TryGetValue(group, out var g)) continue;
                counts[c, g]++;
                sizes[g]++;
            }
            return (counts, sizes);
        }).ToList();
        var hidden = CrossTableSuppression.Suppress(totals, tables, n, categoriesPartitionTotal: true, threshold);

        if (selected is not { } s)
            return (Cells(categories, totals, hidden.HiddenCategoryTotals, n, threshold), n);
        var column = dimensions[s.Dimension].Values.ToList().IndexOf(s.Value);
        if (column < 0) return (categories.Select(c => new DistributionCell(c.Code, c.Label, 0, null, null)).ToList(), 0);
        var (groupCounts, groupSizes) = tables[s.Dimension];
        var (hiddenCells, hiddenSizes) = hidden.Dimensions[s.Dimension];
        if (hiddenSizes[column])
            return (categories.Select(c => new DistributionCell(c.Code, c.Label, null, null, $"<{threshold}")).ToList(), null);
        var counts = Enumerable.Range(0, categories.Count).Select(c => groupCounts[c, column]).ToArray();
        var flags = Enumerable.Range(0, categories.Count).Select(c => hiddenCells[c, column]).ToArray();
        return (Cells(categories, counts, flags, groupSizes[column], threshold), groupSizes[column]);
    }

    private static List<DistributionCell> Cells(IReadOnlyList<(string Code, LocalizedText Label)> categories, long[] counts, bool[] hidden, long n, int threshold) =>
        categories.Select((c, i) => hidden[i]
            ? new DistributionCell(c.Code, c.Label, null, null, counts[i] is > 0 && counts[i] < threshold ? $"<{threshold}" : "x")
            : new DistributionCell(c.Code, c.Label, counts[i], n > 0 ? 100.0 * counts[i] / n : null, null)).ToList();
}
