namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// The audit of one row of counts served with its total (coded-answer frequencies, a benchmark's distribution computed
/// from microdata): cells of 1 to threshold − 1 are "&lt;5", and complements ("x") are chosen by the same
/// <see cref="SecondarySuppression"/> and <see cref="ProtectionAudit"/> as every other served count; the total is hidden
/// only when nothing else protects.
/// </summary>
public static class RowProtection
{
    /// <summary>Which cells of a row are hidden, which of them are small themselves, and whether the row total is hidden.</summary>
    public static (bool[] Hidden, bool[] Primary, bool TotalHidden) Apply(IReadOnlyList<long> counts, int threshold)
    {
        var problem = new ProtectionProblem(counts.ToArray(), threshold);
        var cells = counts.Select((_, i) => problem.AddCell([i])).ToArray();
        var total = problem.AddCell(Enumerable.Range(0, counts.Count));
        problem.AddRelation([.. cells, total]);
        SecondarySuppression.Protect(problem);
        var primary = counts.Select(c => c > 0 && c < threshold).ToArray();
        return (cells.Select(problem.IsHidden).ToArray(), primary, problem.IsHidden(total));
    }
}
