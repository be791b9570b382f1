namespace PohAnalytics.Core.Registry;

/// <summary>
/// A text column as its distinct values (in order of first appearance) and each row's position among them. Statistics
/// decide once per distinct code (its category, bin, norm or benchmark item) and then pass over small integers, instead
/// of looking up a string per row for every variable, weighting and benchmark item.
/// </summary>
internal sealed class CodedColumn
{
    private CodedColumn(string[] values, int[] rows, int[] counts)
    {
        Values = values;
        Rows = rows;
        Counts = counts;
    }

    /// <summary>The distinct codes, in order of first appearance.</summary>
    public string[] Values { get; }

    /// <summary>Per row, the index of its code in <see cref="Values"/>; −1 where the cell is empty.</summary>
    public int[] Rows { get; }

    /// <summary>How many rows hold each distinct code.</summary>
    public int[] Counts { get; }

    /// <summary>Codes a column.</summary>
    public static CodedColumn Of(IReadOnlyList<string?> codes)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var rows = new int[codes.Count];
        for (var r = 0; r < rows.Length; r++)
        {
            if (codes[r] is not { } code)
            {
                rows[r] = -1;
                continue;
            }
            if (!positions.TryGetValue(code, out var k))
            {
                positions[code] = k = positions.Count;
                counts.Add(0);
            }
            counts[k]++;
            rows[r] = k;
        }
        var values = new string[positions.Count];
        foreach (var (code, k) in positions) values[k] = code;
        return new CodedColumn(values, rows, [.. counts]);
    }

    /// <summary>
    /// Per row, what <paramref name="decide"/> says of its code (decided once per distinct code); <paramref name="empty"/>
    /// where the cell is empty.
    /// </summary>
    public T[] Map<T>(Func<string, T> decide, T empty)
    {
        var decided = Values.Select(decide).ToArray();
        var result = new T[Rows.Length];
        for (var r = 0; r < result.Length; r++) result[r] = Rows[r] < 0 ? empty : decided[Rows[r]];
        return result;
    }
}
