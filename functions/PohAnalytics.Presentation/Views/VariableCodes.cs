using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Presentation.Views;

/// <summary>Reads a codebook variable from curated data as a category code per respondent (numbers by their bins).</summary>
public static class VariableCodes
{
    /// <summary>Whether the variable can be shown as a distribution.</summary>
    public static bool IsDistribution(VariableDefinition variable) =>
        variable.IsCategorical || (variable.Type == VariableType.Number && variable.Bins.Count > 0);

    /// <summary>Category (or bin) code per respondent; null where not answered.</summary>
    public static IReadOnlyList<string?> Of(VariableDefinition variable, CuratedData data)
    {
        if (variable.Type == VariableType.Number)
            return (data.Numbers(variable.Id) ?? new double?[data.RowCount]).Select(v => v is { } x ? variable.BinOf(x)?.Code : null).ToArray();
        return data.Codes(variable.Id) ?? new string?[data.RowCount];
    }

    /// <summary>The categories (or bins) with labels; open categories as found in the data, sorted.</summary>
    public static IReadOnlyList<(string Code, LocalizedText Label)> Categories(VariableDefinition variable, CuratedData data)
    {
        if (variable.Type == VariableType.Number)
            return variable.Bins.Select(b => (b.Code, b.Label)).ToList();
        if (variable.OpenCategories)
            return Of(variable, data).OfType<string>().Distinct().Order(StringComparer.Ordinal).Select(v => (v, new LocalizedText(v, v))).ToList();
        return variable.Categories.Select(c => (c.Code, c.Label)).ToList();
    }
}
