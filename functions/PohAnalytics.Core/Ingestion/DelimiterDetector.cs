namespace PohAnalytics.Core.Ingestion;

/// <summary>Picks the CSV separator that splits the first lines most consistently (title rows and decimal commas tolerated).</summary>
public static class DelimiterDetector
{
    private static readonly char[] Candidates = [';', ',', '\t', '|'];

    /// <summary>Detects the delimiter from the first lines of a file.</summary>
    public static char Detect(IReadOnlyList<string> lines)
    {
        var best = ';';
        var bestScore = -1;
        foreach (var candidate in Candidates)
        {
            var counts = lines.Select(l => CountOutsideQuotes(l, candidate)).Where(c => c > 0).ToList();
            if (counts.Count == 0) continue;
            var mode = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            // Lines that agree on the field count, weighted by that count: a real separator repeats identically on every line.
            var score = mode.Count() * mode.Key;
            if (score > bestScore) (best, bestScore) = (candidate, score);
        }
        return best;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"') quoted = !quoted;
            else if (ch == delimiter && !quoted) count++;
        }
        return count;
    }
}
