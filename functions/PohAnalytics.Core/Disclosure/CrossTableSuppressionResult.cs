namespace PohAnalytics.Core.Disclosure;

/// <summary>What to hide of one variable's published counts.</summary>
/// <param name="HiddenCategoryTotals">Per category, whether its unfiltered count is hidden.</param>
/// <param name="Dimensions">Per slicer dimension: hidden cells [category, subgroup] and hidden subgroup sizes.</param>
/// <param name="Relations">Number of additive relations that were protected.</param>
/// <param name="AllHidden">Every cell's flag in the solver's order (for audits and tests).</param>
public sealed record CrossTableSuppressionResult(
    bool[] HiddenCategoryTotals, IReadOnlyList<(bool[,] Cells, bool[] Sizes)> Dimensions, int Relations, bool[] AllHidden);
