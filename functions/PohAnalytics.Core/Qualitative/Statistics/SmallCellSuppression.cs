using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>
/// Small-cell suppression of one table row. Primary: every count from 1 to threshold − 1 is hidden. Complementary:
/// while a hidden count could still be pinned down from the row total (the sum of the row) and the visible counts —
/// one hidden cell, or hidden cells whose known bounds leave a small one a single possible value — the smallest visible
/// non-zero count is hidden too; when no visible count is left, the row total is hidden.
/// </summary>
public static class SmallCellSuppression
{
    /// <summary>Which cells of a row are hidden, and whether its total must be hidden as well.</summary>
    public static (bool[] Hidden, bool[] Primary, bool TotalHidden) Apply(IReadOnlyList<long> counts, SuppressionSettings settings)
    {
        var threshold = settings.Threshold;
        var primary = counts.Select(c => c > 0 && c < threshold).ToArray();
        var hidden = (bool[])primary.Clone();
        if (!primary.Any(p => p)) return (hidden, primary, false);
        while (Derivable(counts, hidden, primary, threshold))
        {
            var next = Enumerable.Range(0, counts.Count).Where(i => !hidden[i] && counts[i] > 0)
                .OrderBy(i => counts[i]).ThenBy(i => i).DefaultIfEmpty(-1).First();
            if (next < 0) return (hidden, primary, true);
            hidden[next] = true;
        }
        return (hidden, primary, false);
    }

    // Someone who knows the row total, the visible counts, that a "<5" cell holds 1..4 and that an "x" cell holds at
    // least the threshold, can derive a small cell exactly when its feasible range has a single value.
    private static bool Derivable(IReadOnlyList<long> counts, bool[] hidden, bool[] primary, int threshold)
    {
        var hiddenIndexes = Enumerable.Range(0, counts.Count).Where(i => hidden[i]).ToList();
        if (hiddenIndexes.Count == 1) return true;
        var remainder = hiddenIndexes.Sum(i => counts[i]);
        var complementary = hiddenIndexes.Count(i => !primary[i]);
        var smallOthers = hiddenIndexes.Count(i => primary[i]) - 1;
        var upper = Math.Min(threshold - 1, remainder - smallOthers - (long)complementary * threshold);
        var lower = complementary > 0 ? 1 : Math.Max(1, remainder - (long)smallOthers * (threshold - 1));
        return lower >= upper;
    }
}
