namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Small-cell suppression over published counts tied by additive relations ("these cells sum to that total").
/// Cells with 1 to threshold−1 respondents are hidden; then, relation by relation, the smallest shown cell is hidden
/// too wherever a relation has exactly one hidden cell, until none has — so no hidden count equals a published total
/// minus published cells.
/// </summary>
public static class LinearSuppression
{
    /// <summary>Hides cells of <paramref name="values"/>; each relation lists cell indexes whose parts sum to its last index.</summary>
    /// <param name="values">Counts, one per published cell.</param>
    /// <param name="relations">Each relation: part indexes followed by the index of their total.</param>
    /// <param name="threshold">Smallest count shown.</param>
    /// <param name="alwaysHidden">Cells hidden whatever their value (e.g. a whole small subgroup).</param>
    /// <param name="neverHidden">Cells never chosen as complements (e.g. the dataset's n).</param>
    /// <param name="complementSmallGroups">
    /// Also add a complement where every hidden cell of a relation is small: "&lt;5" + "&lt;5" = 8 pins both to 4.
    /// </param>
    public static bool[] Suppress(IReadOnlyList<long> values, IReadOnlyList<int[]> relations, int threshold,
        IEnumerable<int>? alwaysHidden = null, IEnumerable<int>? neverHidden = null, bool complementSmallGroups = false)
    {
        var hidden = values.Select(v => v > 0 && v < threshold).ToArray();
        foreach (var i in alwaysHidden ?? []) hidden[i] = true;
        var protectedCells = (neverHidden ?? []).ToHashSet();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var relation in relations)
            {
                var hiddenCells = relation.Where(i => hidden[i]).ToList();
                var pinned = complementSmallGroups && IsPinned(relation, hiddenCells, hidden, values, threshold);
                if (hiddenCells.Count != 1 && !pinned) continue;
                // Prefer the smallest shown non-zero cell: it withholds the least; a zero only when nothing else is left.
                var complement = relation.Where(i => !hidden[i] && !protectedCells.Contains(i))
                    .OrderBy(i => values[i] == 0 ? 1 : 0).ThenBy(i => values[i]).Cast<int?>().FirstOrDefault();
                if (complement is not { } cell) continue;
                hidden[cell] = true;
                changed = true;
            }
        }
        return hidden;
    }

    // Hidden parts that are all "<threshold" under a shown total have a known sum; it fixes every one of them when it is
    // the smallest (all 1) or largest (all threshold−1) such a group can add up to.
    private static bool IsPinned(int[] relation, List<int> hiddenCells, bool[] hidden, IReadOnlyList<long> values, int threshold)
    {
        if (hiddenCells.Count < 2 || hidden[relation[^1]] || !hiddenCells.All(i => values[i] > 0 && values[i] < threshold)) return false;
        var sum = hiddenCells.Sum(i => values[i]);
        return sum == hiddenCells.Count || sum == hiddenCells.Count * (threshold - 1L);
    }

    /// <summary>Whether some hidden cell is the only hidden one of a relation (and so derivable from what is shown).</summary>
    public static bool LeavesDerivableCell(IReadOnlyList<int[]> relations, IReadOnlyList<bool> hidden) =>
        relations.Any(r => r.Count(i => hidden[i]) == 1);
}
