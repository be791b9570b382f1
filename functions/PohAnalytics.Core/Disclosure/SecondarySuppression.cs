namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Chooses complementary cells until every hidden cell of a <see cref="ProtectionProblem"/> passes the
/// <see cref="ProtectionAudit"/>. For an unprotected cell the candidates are the shown cells of its own relations, then of
/// the relations of hidden cells beside it; each is tried in order of information loss (fewest respondents hidden, a zero
/// last) and the first that protects the cell is kept. When no single candidate does, the cheapest is kept and the search
/// goes on. Hiding a cell only removes what a reader knows, so a cell once protected stays protected.
/// </summary>
internal static class SecondarySuppression
{
    private const int TrialsPerRing = 8;

    /// <summary>Marks complements in place; returns what the audit did.</summary>
    public static SuppressionOutcome Protect(ProtectionProblem problem)
    {
        var verified = new HashSet<int>();
        var unprotectable = new List<int>();
        var complements = 0;
        var solves = 0;
        var retried = false;
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
            if (failing is not { } target)
            {
                // A later complement may have protected a cell that had none of its own: audit those once more.
                if (unprotectable.Count == 0 || retried) break;
                retried = true;
                unprotectable.Clear();
                continue;
            }
            var (complement, trialSolves) = Complement(problem, target);
            solves += trialSolves;
            if (complement is { } cell2)
            {
                problem.HideAsComplement(cell2);
                complements++;
            }
            else
            {
                unprotectable.Add(target);
            }
        }
        return new SuppressionOutcome(complements, solves, unprotectable);
    }

    private static (int? Cell, int Solves) Complement(ProtectionProblem problem, int target)
    {
        var solves = 0;
        int? fallback = null;
        foreach (var ring in Rings(problem, target))
        {
            var ordered = ring.OrderBy(c => problem.Values[c] == 0 ? 1 : 0).ThenBy(c => problem.Values[c]).ThenBy(c => c).ToList();
            fallback ??= ordered[0];
            foreach (var candidate in ordered.Take(TrialsPerRing))
            {
                problem.HideAsComplement(candidate);
                var trial = new ProtectionAudit(problem);
                var protects = trial.IsProtected(target);
                solves += trial.Solves;
                problem.Reveal(candidate);
                if (protects) return (candidate, solves);
            }
        }
        return (fallback, solves);
    }

    private static IEnumerable<List<int>> Rings(ProtectionProblem problem, int target)
    {
        var seenRelations = new HashSet<int>();
        var seenCells = new HashSet<int> { target };
        var frontier = new List<int> { target };
        while (frontier.Count > 0)
        {
            var candidates = new HashSet<int>();
            var next = new List<int>();
            foreach (var relation in frontier.SelectMany(problem.RelationsOf).Where(seenRelations.Add).ToList())
            {
                foreach (var cell in problem.Relations[relation])
                {
                    if (problem.CanComplement(cell)) candidates.Add(cell);
                    else if (problem.IsHidden(cell) && seenCells.Add(cell)) next.Add(cell);
                }
            }
            if (candidates.Count > 0) yield return [.. candidates];
            frontier = next;
        }
    }
}
