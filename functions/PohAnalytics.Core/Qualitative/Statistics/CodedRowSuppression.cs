using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>
/// Small-cell suppression of one table row whose cells sum to its total, on top of <see cref="LinearSuppression"/>:
/// counts from 1 to threshold − 1 are hidden ("&lt;5") and, where one hidden cell would equal the total minus the shown
/// cells, the smallest shown cell is hidden too ("x"), or the total when no cell is left. Because the page marks the two
/// kinds differently, a further cell is hidden while a "&lt;5" could still be pinned to one value by knowing that an "x"
/// holds at least the threshold (e.g. "&lt;5" + "x" = 6 means 1 + 5).
/// </summary>
public static class CodedRowSuppression
{
    /// <summary>Which cells of a row are hidden, which of them are small themselves, and whether the row total is hidden.</summary>
    public static (bool[] Hidden, bool[] Primary, bool TotalHidden) Apply(IReadOnlyList<long> counts, SuppressionSettings settings)
    {
        var threshold = settings.Threshold;
        var primary = counts.Select(c => c > 0 && c < threshold).ToArray();
        var totalIndex = counts.Count;
        long[] values = [.. counts, counts.Sum()];
        int[][] row = [[.. Enumerable.Range(0, values.Length)]];
        var hidden = LinearSuppression.Suppress(values, row, threshold);
        while (!hidden[totalIndex] && Pinned(counts, hidden, primary, threshold))
        {
            var next = Enumerable.Range(0, counts.Count).Where(i => !hidden[i] && counts[i] > 0)
                .OrderBy(i => counts[i]).ThenBy(i => i).DefaultIfEmpty(totalIndex).First();
            hidden[next] = true;
        }
        return (hidden[..totalIndex], primary, hidden[totalIndex]);
    }

    // Knowing the total, the shown cells, that "<5" holds 1..threshold−1 and "x" at least the threshold, a small cell is
    // pinned when its feasible range has one value.
    private static bool Pinned(IReadOnlyList<long> counts, bool[] hidden, bool[] primary, int threshold)
    {
        var hiddenCells = Enumerable.Range(0, counts.Count).Where(i => hidden[i]).ToList();
        if (!hiddenCells.Any(i => primary[i]) || hiddenCells.Count < 2) return false;
        var remainder = hiddenCells.Sum(i => counts[i]);
        var complementary = hiddenCells.Count(i => !primary[i]);
        var smallOthers = hiddenCells.Count(i => primary[i]) - 1;
        var upper = Math.Min(threshold - 1, remainder - smallOthers - (long)complementary * threshold);
        var lower = complementary > 0 ? 1 : Math.Max(1, remainder - (long)smallOthers * (threshold - 1));
        return lower >= upper;
    }
}
