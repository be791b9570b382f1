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

    private ServedCategories(IReadOnlyList<(string Code, LocalizedText Label)> categories, int[] rowIndex)
    {
        Categories = categories;
        RowIndex = rowIndex;
    }

    /// <summary>Categories in display order (codebook order; open labels sorted, "other" last).</summary>
    public IReadOnlyList<(string Code, LocalizedText Label)> Categories { get; }

    /// <summary>Each respondent's index into <see cref="Categories"/>, −1 where not answered.</summary>
    public IReadOnlyList<int> RowIndex { get; }

    /// <summary>Each respondent's served code (null where not answered).</summary>
    public IReadOnlyList<string?> Codes => RowIndex.Select(i => i < 0 ? null : Categories[i].Code).ToArray();

    /// <summary>Whether the variable is served as a distribution (categories, or a number with bins).</summary>
    public static bool IsDistribution(VariableDefinition variable) =>
        variable.IsCategorical || (variable.Type == VariableType.Number && variable.Bins.Count > 0);

    /// <summary>Reads a categorical or binned variable.</summary>
    public static ServedCategories Of(VariableDefinition variable, CuratedData data, int threshold, Func<string, bool> looksPersonal)
    {
        string?[] raw;
        IReadOnlyList<(string Code, LocalizedText Label)> categories;
        if (variable.Type == VariableType.Number)
        {
            raw = (data.Numbers(variable.Id) ?? new double?[data.RowCount]).Select(v => v is { } x ? variable.BinOf(x)?.Code : null).ToArray();
            categories = variable.Bins.Select(b => (b.Code, b.Label)).ToList();
        }
        else
        {
            raw = data.Codes(variable.Id) ?? new string?[data.RowCount];
            categories = variable.OpenCategories ? OpenCategories(raw, threshold, looksPersonal) : variable.Categories.Select(c => (c.Code, c.Label)).ToList();
        }
        var index = categories.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var other = index.GetValueOrDefault(OtherCode, -1);
        var rows = raw.Select(code => code is null ? -1 : index.TryGetValue(code, out var i) ? i : variable.OpenCategories ? other : -1).ToArray();
        return new ServedCategories(categories, rows);
    }

    private static List<(string Code, LocalizedText Label)> OpenCategories(string?[] raw, int threshold, Func<string, bool> looksPersonal)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in raw)
            if (code is not null) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, code, out _)++;
        var served = counts.Where(c => c.Value >= threshold && c.Key != OtherCode && !looksPersonal(c.Key))
            .Select(c => c.Key).Order(StringComparer.Ordinal).Select(c => (c, new LocalizedText(c, c))).ToList();
        if (served.Count < counts.Count) served.Add((OtherCode, OtherLabel));
        return served;
    }
}
