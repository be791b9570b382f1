namespace PohAnalytics.Core.Publishing;

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
    public static bool[] Suppress(IReadOnlyList<long> values, IReadOnlyList<int[]> relations, int threshold,
        IEnumerable<int>? alwaysHidden = null, IEnumerable<int>? neverHidden = null)
    {
        var hidden = values.Select(v => v > 0 && v < threshold).ToArray();
        foreach (var i in alwaysHidden ?? []) hidden[i] = true;
        var protectedCells = (neverHidden ?? []).ToHashSet();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var relation in relations)
            {
                if (relation.Count(i => hidden[i]) != 1) continue;
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

    /// <summary>Whether some hidden cell is the only hidden one of a relation (and so derivable from what is shown).</summary>
    public static bool LeavesDerivableCell(IReadOnlyList<int[]> relations, IReadOnlyList<bool> hidden) =>
        relations.Any(r => r.Count(i => hidden[i]) == 1);
}
