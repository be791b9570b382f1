namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Suppression of one variable as the dashboard publishes it: the unfiltered distribution and, for every slicer
/// dimension, the category × subgroup table with the subgroup sizes — all tied together, so no hidden cell can be
/// recovered from the unfiltered view and any set of single-slicer views.
/// </summary>
public static class CrossTableSuppression
{
    /// <summary>Computes what to hide.</summary>
    /// <param name="categoryTotals">Unfiltered count per category.</param>
    /// <param name="dimensions">Per slicer dimension: counts[category, subgroup] and the subgroup sizes.</param>
    /// <param name="total">Respondents with a valid answer (the unfiltered n).</param>
    /// <param name="categoriesPartitionTotal">True when categories are exclusive (their counts sum to <paramref name="total"/>); false for multi-response options.</param>
    /// <param name="threshold">Smallest count shown.</param>
    public static CrossTableSuppressionResult Suppress(
        IReadOnlyList<long> categoryTotals, IReadOnlyList<(long[,] Counts, long[] SubgroupSizes)> dimensions, long total,
        bool categoriesPartitionTotal, int threshold)
    {
        var values = new List<long>(categoryTotals) { total };
        var totalIndex = values.Count - 1;
        var relations = new List<int[]>();
        var alwaysHidden = new List<int>();
        if (categoriesPartitionTotal)
            relations.Add([.. Enumerable.Range(0, categoryTotals.Count), totalIndex]);
        var layouts = new List<(int Cells, int Sizes)>();
        foreach (var (counts, sizes) in dimensions)
        {
            int categories = counts.GetLength(0), subgroups = counts.GetLength(1);
            var cellStart = values.Count;
            for (var r = 0; r < categories; r++)
                for (var c = 0; c < subgroups; c++) values.Add(counts[r, c]);
            var sizeStart = values.Count;
            values.AddRange(sizes);
            layouts.Add((cellStart, sizeStart));
            for (var r = 0; r < categories; r++)
                relations.Add([.. Enumerable.Range(0, subgroups).Select(c => cellStart + r * subgroups + c), r]);
            if (categoriesPartitionTotal)
                for (var c = 0; c < subgroups; c++)
                    relations.Add([.. Enumerable.Range(0, categories).Select(r => cellStart + r * subgroups + c), sizeStart + c]);
            relations.Add([.. Enumerable.Range(sizeStart, subgroups), totalIndex]);
            // A subgroup too small to show is hidden whole: its size and every one of its cells.
            for (var c = 0; c < subgroups; c++)
            {
                if (sizes[c] <= 0 || sizes[c] >= threshold) continue;
                alwaysHidden.Add(sizeStart + c);
                alwaysHidden.AddRange(Enumerable.Range(0, categories).Select(r => cellStart + r * subgroups + c));
            }
        }
        var hidden = LinearSuppression.Suppress(values, relations, threshold, alwaysHidden, [totalIndex], complementSmallGroups: true);

        var hiddenTotals = hidden.Take(categoryTotals.Count).ToArray();
        var perDimension = new List<(bool[,] Cells, bool[] Sizes)>();
        for (var d = 0; d < dimensions.Count; d++)
        {
            var (counts, sizes) = dimensions[d];
            int categories = counts.GetLength(0), subgroups = counts.GetLength(1);
            var cells = new bool[categories, subgroups];
            for (var r = 0; r < categories; r++)
                for (var c = 0; c < subgroups; c++) cells[r, c] = hidden[layouts[d].Cells + r * subgroups + c];
            perDimension.Add((cells, hidden.Skip(layouts[d].Sizes).Take(subgroups).ToArray()));
        }
        return new CrossTableSuppressionResult(hiddenTotals, perDimension, relations.Count, hidden);
    }
}
