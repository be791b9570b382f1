namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Chooses complementary cells until every hidden cell of a <see cref="ProtectionProblem"/> passes the
/// <see cref="ProtectionAudit"/>: cell by cell, the cheapest shown cell of its own relations that protects it on its own,
/// else the cheapest set of shown cells (fewest respondents hidden) whose hiding protects it, looked for among the cells
/// within three relations of it, then anywhere, is hidden as "x". Hiding a cell only removes what a reader knows, so a cell once protected stays
/// protected and is not audited again.
/// </summary>
internal static class SecondarySuppression
{
    private const int SingleTrials = 6;

    /// <summary>
    /// Marks complements in place; returns what the audit did. Hidden cells whose mark was fixed elsewhere are audited too
    /// when listed in <paramref name="alsoAudit"/>: a subgroup size that is also a count of this problem (the only
    /// respondent of a subgroup who gave an answer) can be narrowed by this problem's cells. With
    /// <paramref name="stopWhenUnprotectable"/> it returns at the first cell nothing protects, for a caller that then
    /// hides every cell that may be hidden: complements chosen for later cells would be hidden by it anyway, and each later
    /// cell nothing protects can cost two searches that run to their time limits.
    /// </summary>
    public static SuppressionOutcome Protect(
        ProtectionProblem problem, IReadOnlySet<int>? alsoAudit = null, bool stopWhenUnprotectable = false)
    {
        var unprotectable = new List<int>();
        var complements = 0;
        var audit = new ProtectionAudit(problem);
        for (var cell = 0; cell < problem.CellCount; cell++)
        {
            if (!problem.IsHidden(cell) || (problem.IsFixed(cell) && alsoAudit?.Contains(cell) != true) || audit.IsProtected(cell)) continue;
            if ((SingleComplement(problem, audit, cell) ?? audit.CheapestComplements(cell) ?? audit.CheapestComplements(cell, anywhere: true)) is not { } chosen)
            {
                unprotectable.Add(cell);
                if (stopWhenUnprotectable) break;
                continue;
            }
            foreach (var complement in chosen)
            {
                problem.HideAsComplement(complement);
                complements++;
            }
            // New complements are hidden cells too; they are audited when the loop reaches them, or again from the start.
            if (chosen.Any(c => c < cell)) cell = chosen.Min() - 1;
        }
        return new SuppressionOutcome(complements, audit.Solves, unprotectable);
    }

    // Most cells are protected by one cheap complement beside them; trying the cheapest few is quicker than the optimiser.
    private static IReadOnlyList<int>? SingleComplement(ProtectionProblem problem, ProtectionAudit audit, int cell)
    {
        var candidates = problem.Neighbourhood(cell, 1).Where(problem.CanComplement)
            .OrderBy(c => problem.Values[c]).ThenBy(c => c).Take(SingleTrials).ToList();
        foreach (var candidate in candidates)
        {
            problem.HideAsComplement(candidate);
            var protects = audit.IsProtected(cell);
            problem.Reveal(candidate);
            if (protects) return [candidate];
        }
        return null;
    }
}
