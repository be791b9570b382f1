namespace PohAnalytics.Core.Disclosure;

/// <summary>What the audit of one dataset version did.</summary>
/// <param name="Selections">Slicer combinations that can be requested.</param>
/// <param name="ServedSelections">Of those, the ones served (the others are refused).</param>
/// <param name="Cells">Distinct served counts audited together.</param>
/// <param name="Hidden">Hidden counts ("&lt;5" and "x").</param>
/// <param name="Complements">Counts hidden as complements.</param>
/// <param name="Solves">Solver calls.</param>
/// <param name="Unprotectable">
/// Problems withheld whole because a hidden count in them could not be protected (the first such count of each; the search
/// stops there).
/// </param>
/// <param name="Elapsed">Wall time.</param>
public sealed record DisclosureStatistics(int Selections, int ServedSelections, int Cells, int Hidden, int Complements, int Solves,
    int Unprotectable, TimeSpan Elapsed);
