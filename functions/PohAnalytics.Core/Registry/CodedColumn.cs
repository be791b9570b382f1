namespace PohAnalytics.Core.Registry;

/// <summary>
/// A text column as its distinct values (in order of first appearance) and each row's position among them. Statistics
/// decide once per distinct code (its category, bin, norm or benchmark item) and then pass over small integers, instead
/// of looking up a string per row for every variable, weighting and benchmark item.
/// </summary>
public sealed class CodedColumn
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

    /// <summary>
    /// A coding made elsewhere (a reader that coded the column while decoding it): <paramref name="values"/> distinct and in
    /// order of first appearance, <paramref name="rows"/> their positions (−1 for an empty cell), <paramref name="counts"/>
    /// the rows of each. It must equal what <see cref="Of(IReadOnlyList{string})"/> makes of the same column.
    /// </summary>
    public static CodedColumn FromPositions(string[] values, int[] rows, int[] counts)
    {
        if (values.Length != counts.Length)
            throw new ArgumentException($"{values.Length} distinct values but {counts.Length} counts.", nameof(counts));
        return new CodedColumn(values, rows, counts);
    }

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
    /// Codes a column of whole numbers as <see cref="Of(IReadOnlyList{string})"/> codes their texts
    /// (<paramref name="text"/> must give distinct numbers distinct texts), without a string per row.
    /// </summary>
    internal static CodedColumn Of(IReadOnlyList<int?> numbers, Func<int, string> text)
    {
        var positions = new Dictionary<int, int>();
        var counts = new List<int>();
        var rows = new int[numbers.Count];
        for (var r = 0; r < rows.Length; r++)
        {
            if (numbers[r] is not { } number)
            {
                rows[r] = -1;
                continue;
            }
            if (!positions.TryGetValue(number, out var k))
            {
                positions[number] = k = positions.Count;
                counts.Add(0);
            }
            counts[k]++;
            rows[r] = k;
        }
        var values = new string[positions.Count];
        foreach (var (number, k) in positions) values[k] = text(number);
        return new CodedColumn(values, rows, [.. counts]);
    }

    /// <summary>The column as one string per row (null where the cell is empty), each distinct code held once.</summary>
    public string?[] Expand()
    {
        var result = new string?[Rows.Length];
        for (var r = 0; r < result.Length; r++) result[r] = Rows[r] < 0 ? null : Values[Rows[r]];
        return result;
    }

    /// <summary>
    /// Per row, what <paramref name="decide"/> says of its code (decided once per distinct code); <paramref name="empty"/>
    /// where the cell is empty.
    /// </summary>
    public T[] Map<T>(Func<string, T> decide, T empty) => Map(Values.Select(decide).ToArray(), empty);

    /// <summary>
    /// Per row, the entry of <paramref name="decided"/> (one per distinct code, in the order of <see cref="Values"/>) for
    /// its code; <paramref name="empty"/> where the cell is empty.
    /// </summary>
    public T[] Map<T>(IReadOnlyList<T> decided, T empty)
    {
        if (decided.Count != Values.Length)
            throw new ArgumentException($"{decided.Count} decisions for {Values.Length} distinct codes.", nameof(decided));
        var result = new T[Rows.Length];
        for (var r = 0; r < result.Length; r++) result[r] = Rows[r] < 0 ? empty : decided[Rows[r]];
        return result;
    }
}
