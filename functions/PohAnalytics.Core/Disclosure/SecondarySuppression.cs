namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Chooses complementary cells until every hidden cell of a <see cref="ProtectionProblem"/> passes the
/// <see cref="ProtectionAudit"/>. An unprotected cell gets the cheapest complement reachable along its relations: the
/// smallest non-zero shown cell (fewest respondents hidden), a zero only when nothing else is left; when its own relations
/// have none, the search widens to the relations of the cells already hidden beside it. Hiding a cell only removes what a
/// reader knows, so a cell once protected stays protected and is not audited again.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Marks complements in place; returns what the audit did.</summary>
    public static SuppressionOutcome Protect(ProtectionProblem problem)
    {
        var verified = new HashSet<int>();
        var unprotectable = new List<int>();
        var complements = 0;
        var solves = 0;
        while (true)
        {
            var audit = new ProtectionAudit(problem);
            int? failing = null;
            for (var cell = 0; cell < problem.CellCount && failing is null; cell++)
            {
                if (!problem.IsHidden(cell) || problem.IsFixed(cell) || verified.Contains(cell) || unprotectable.Contains(cell)) continue;
                if (audit.IsProtected(cell)) verified.Add(cell);
                else failing = cell;
            }
            solves += audit.Solves;
            if (failing is not { } target) break;
            if (Complement(problem, target) is { } complement)
            {
                problem.HideAsComplement(complement);
                complements++;
            }
            else
            {
                unprotectable.Add(target);
            }
        }
        return new SuppressionOutcome(complements, solves, unprotectable);
    }

    private static int? Complement(ProtectionProblem problem, int target)
    {
        var seenRelations = new HashSet<int>();
        var frontier = new List<int> { target };
        var seenCells = new HashSet<int> { target };
        while (frontier.Count > 0)
        {
            var candidates = new List<int>();
            var next = new List<int>();
            foreach (var relation in frontier.SelectMany(problem.RelationsOf).Where(seenRelations.Add))
            {
                foreach (var cell in problem.Relations[relation])
                {
                    if (problem.CanComplement(cell)) candidates.Add(cell);
                    else if (problem.IsHidden(cell) && seenCells.Add(cell)) next.Add(cell);
                }
            }
            if (candidates.Count > 0)
                return candidates.OrderBy(c => problem.Values[c] == 0 ? 1 : 0).ThenBy(c => problem.Values[c]).ThenBy(c => c).First();
            frontier = next;
        }
        return null;
    }
}
