using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// The categories of a variable as they may be served, and each respondent's category among them. Numbers are read by
/// their bins. Labels that come from the data (open categories) are served only when at least threshold respondents gave
/// them and they pass the personal-data check; every other label is served as "other", so a name, address or a rare
/// label typed into an open field never reaches a page.
/// </summary>
public sealed class ServedCategories
{
    /// <summary>Code of the category that collects rare or personal open labels.</summary>
    public const string OtherCode = "other";

    /// <summary>Label of <see cref="OtherCode"/>.</summary>
    public static readonly LocalizedText OtherLabel = new("Overig", "Other");

    private int[]? _rows;

    private ServedCategories(IReadOnlyList<(string Code, LocalizedText Label)> categories, int[] kinds, int[] categoryOfKind)
    {
        Categories = categories;
        Kinds = kinds;
        CategoryOfKind = categoryOfKind;
    }

    /// <summary>Categories in display order (codebook order; open labels sorted, "other" last).</summary>
    public IReadOnlyList<(string Code, LocalizedText Label)> Categories { get; }

    /// <summary>Each respondent's index into <see cref="Categories"/>, −1 where not answered.</summary>
    public IReadOnlyList<int> RowIndex => Rows;

    /// <summary>The same indices as an array (built on first use, never written to).</summary>
    internal int[] Rows => _rows ??= Array.ConvertAll(Kinds, k => CategoryOfKind[k + 1]);

    /// <summary>
    /// Each respondent's kind (distinct code, or rank of the value; −1 where missing), shared with the curated data: the
    /// audit reads a category through <see cref="CategoryOfKind"/> rather than from an array of its own per row.
    /// </summary>
    internal int[] Kinds { get; }

    /// <summary>The category of each kind at index kind + 1 (−1: none, also at index 0 for a missing answer).</summary>
    internal int[] CategoryOfKind { get; }

    /// <summary>Each respondent's served code (null where not answered).</summary>
    public IReadOnlyList<string?> Codes => RowIndex.Select(i => i < 0 ? null : Categories[i].Code).ToArray();

    /// <summary>Whether the variable is served as a distribution (categories, or a number with bins).</summary>
    public static bool IsDistribution(VariableDefinition variable) =>
        variable.IsCategorical || (variable.Type == VariableType.Number && variable.Bins.Count > 0);

    /// <summary>Reads a categorical or binned variable.</summary>
    public static ServedCategories Of(VariableDefinition variable, CuratedData data, int threshold, Func<string, bool> looksPersonal)
    {
        if (variable.Type == VariableType.Number)
        {
            var bins = variable.Bins.Select(b => (b.Code, b.Label)).ToList();
            // A bin is decided once per distinct value (NaN is a kind of its own and binned as such).
            var (kinds, values) = NumberKinds.Of(data, variable.Id);
            return new ServedCategories(bins, kinds, [-1, .. values.Select(v => BinIndex(variable, v))]);
        }
        var coded = data.Coded(variable.Id);
        IReadOnlyList<(string Code, LocalizedText Label)> categories = variable.OpenCategories
            ? OpenCategories(coded, threshold, looksPersonal)
            : variable.Categories.Select(c => (c.Code, c.Label)).ToList();
        var index = categories.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var other = index.GetValueOrDefault(OtherCode, -1);
        return new ServedCategories(categories, coded.Rows,
            [-1, .. coded.Values.Select(code => index.TryGetValue(code, out var i) ? i : variable.OpenCategories ? other : -1)]);
    }

    private static int BinIndex(VariableDefinition variable, double value)
    {
        for (var b = 0; b < variable.Bins.Count; b++)
            if (variable.Bins[b].Contains(value)) return b;
        return -1;
    }

    private static List<(string Code, LocalizedText Label)> OpenCategories(
        CodedColumn coded, int threshold, Func<string, bool> looksPersonal)
    {
        var served = Enumerable.Range(0, coded.Values.Length)
            .Where(k => coded.Counts[k] >= threshold && coded.Values[k] != OtherCode && !looksPersonal(coded.Values[k]))
            .Select(k => coded.Values[k]).Order(StringComparer.Ordinal).Select(c => (c, new LocalizedText(c, c))).ToList();
        if (served.Count < coded.Values.Length) served.Add((OtherCode, OtherLabel));
        return served;
    }
}
