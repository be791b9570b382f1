using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// A numeric column read as kinds of respondent for the audit: each row's rank among the distinct values, one more kind
/// for NaN (answered, but in no ordered place), −1 where missing. Without NaN the ranks kept with the curated data serve
/// as they are, so the audit's passes over a million respondents allocate nothing per row.
/// </summary>
internal static class NumberKinds
{
    /// <summary>The kind of every row, and the value each kind stands for (made once per curated dataset).</summary>
    public static (int[] Rows, double[] Values) Of(CuratedData data, string column) =>
        data.Derived($"number-kinds:{column}", () => Find(data, column));

    private static (int[] Rows, double[] Values) Find(CuratedData data, string column)
    {
        var ranks = data.Ranks(column);
        var numbers = data.Numbers(column);
        var nan = -1;
        for (var r = 0; r < ranks.Rank.Length && nan < 0; r++)
            if (ranks.Rank[r] < 0 && numbers?[r] is not null) nan = r;
        if (nan < 0) return (ranks.Rank, ranks.Distinct);
        var rows = (int[])ranks.Rank.Clone();
        for (var r = nan; r < rows.Length; r++)
            if (rows[r] < 0 && numbers![r] is not null) rows[r] = ranks.Distinct.Length;
        return (rows, [.. ranks.Distinct, double.NaN]);
    }
}
