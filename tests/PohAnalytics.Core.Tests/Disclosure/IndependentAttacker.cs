using Google.OrTools.Sat;

namespace PohAnalytics.Core.Tests.Disclosure;

/// <summary>
/// The attacker of the tests, written apart from the module: unknowns are the interior cells of a table, every shown
/// number is an equation, and (optionally) "&lt;T" bounds a cell to 1 … T − 1 and "x" to 0 or at least T. It returns the
/// smallest and largest value of a hidden cell that fits, over non-negative integers.
/// </summary>
internal sealed class IndependentAttacker(int unknowns, long upperBound, int threshold)
{
    private readonly List<(int[] Members, long? Value, string? Mark)> _published = [];

    /// <summary>A published number: the sum of these unknowns is <paramref name="value"/>, or hidden with a mark.</summary>
    public void Publish(int[] members, long? value, string? mark) => _published.Add((members, value, mark));

    /// <summary>Min and max of the sum of <paramref name="members"/>.</summary>
    public (long Min, long Max) Bounds(int[] members, bool readMarks)
    {
        long Solve(bool maximise)
        {
            var model = new CpModel();
            var x = Enumerable.Range(0, unknowns).Select(i => model.NewIntVar(0, upperBound, $"x{i}")).ToArray();
            foreach (var (cells, value, mark) in _published)
            {
                var sum = LinearExpr.Sum(cells.Select(i => x[i]));
                if (value is { } v) model.Add(sum == v);
                else if (readMarks && mark == "x")
                    model.AddLinearExpressionInDomain(sum, Google.OrTools.Util.Domain.FromIntervals([[0, 0], [threshold, upperBound]]));
                else if (readMarks && mark is not null)
                    model.AddLinearConstraint(sum, 1, threshold - 1);
            }
            var target = LinearExpr.Sum(members.Select(i => x[i]));
            if (maximise) model.Maximize(target);
            else model.Minimize(target);
            var solver = new CpSolver();
            Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model));
            return (long)solver.ObjectiveValue;
        }
        return (Solve(false), Solve(true));
    }
}
