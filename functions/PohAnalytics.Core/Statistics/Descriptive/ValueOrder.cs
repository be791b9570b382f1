namespace PohAnalytics.Core.Statistics.Descriptive;

/// <summary>The rows of a numeric column that hold a value (not null, not NaN), ordered by that value.</summary>
internal static class ValueOrder
{
    /// <summary>Row indices of the present values, ascending by value (ties in no particular order).</summary>
    public static int[] Ascending(IReadOnlyList<double?> values)
    {
        var rows = new List<int>(values.Count);
        for (var i = 0; i < values.Count; i++)
            if (values[i] is { } v && !double.IsNaN(v)) rows.Add(i);
        var order = rows.ToArray();
        var keys = new double[order.Length];
        for (var i = 0; i < order.Length; i++) keys[i] = values[order[i]]!.Value;
        Array.Sort(keys, order);
        return order;
    }
}
