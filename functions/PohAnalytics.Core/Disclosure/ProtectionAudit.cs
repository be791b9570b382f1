using Google.OrTools.Sat;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Computes what a reader can work out about a hidden cell: the smallest and largest value consistent with every served
/// cell of a <see cref="ProtectionProblem"/>, over non-negative integer atom counts, with OR-Tools CP-SAT.
/// Two readers are modelled. One knows only the numbers shown and the additive relations (the τ-ARGUS audit); the other
/// also reads the marks: "&lt;T" is 1 to T − 1 and "x" is 0 or at least T. A hidden cell is protected when the first
/// reader's interval is at least T wide and the second cannot pin it to a single value.
/// </summary>
internal sealed class ProtectionAudit
{
    // One worker per solve (cores go to variables in parallel); the models are small, so presolve costs more than it saves.
    private static readonly string SolverParameters = Environment.GetEnvironmentVariable("POH_CPSAT") ?? "num_workers:1,cp_model_presolve:false";

    private readonly ProtectionProblem _problem;
    private readonly CpModel _numbersOnly;
    private readonly IntVar[] _numbersOnlyAtoms;
    private readonly CpModel _withMarks;
    private readonly IntVar[] _withMarksAtoms;

    /// <summary>Builds both readers' models for the problem's current marks (rebuild after marks change).</summary>
    public ProtectionAudit(ProtectionProblem problem)
    {
        _problem = problem;
        (_numbersOnly, _numbersOnlyAtoms) = Build(problem, useMarks: false);
        (_withMarks, _withMarksAtoms) = Build(problem, useMarks: true);
    }

    /// <summary>Number of solver calls made (for benchmarks).</summary>
    public int Solves { get; private set; }

    /// <summary>The interval of a cell for the reader of numbers only, or of numbers and marks.</summary>
    public FeasibleInterval Interval(int cell, bool useMarks)
    {
        var (model, atoms) = useMarks ? (_withMarks, _withMarksAtoms) : (_numbersOnly, _numbersOnlyAtoms);
        var expression = LinearExpr.Sum(_problem.Cells[cell].Select(a => atoms[a]));
        return new FeasibleInterval(Optimum(model, expression, minimize: true), Optimum(model, expression, minimize: false));
    }

    /// <summary>Whether a hidden cell is protected (see the class summary).</summary>
    public bool IsProtected(int cell)
    {
        var threshold = _problem.Threshold;
        if (Interval(cell, useMarks: false).Width < threshold) return false;
        return Interval(cell, useMarks: true).Width > 0;
    }

    private long Optimum(CpModel model, LinearExpr expression, bool minimize)
    {
        if (minimize) model.Minimize(expression);
        else model.Maximize(expression);
        var solver = new CpSolver { StringParameters = SolverParameters };
        Solves++;
        var status = solver.Solve(model);
        if (status != CpSolverStatus.Optimal)
            throw new InvalidOperationException($"The disclosure audit found no optimum ({status}); the served cells contradict each other.");
        return (long)Math.Round(solver.ObjectiveValue);
    }

    private static (CpModel Model, IntVar[] Atoms) Build(ProtectionProblem problem, bool useMarks)
    {
        var model = new CpModel();
        var atoms = problem.AtomCounts.Select((_, i) => model.NewIntVar(0, problem.Total, $"a{i}")).ToArray();
        var gap = Google.OrTools.Util.Domain.FromIntervals([[0, 0], [problem.Threshold, Math.Max(problem.Threshold, problem.Total)]]);
        for (var c = 0; c < problem.CellCount; c++)
        {
            var sum = LinearExpr.Sum(problem.Cells[c].Select(a => atoms[a]));
            switch (problem.Marks[c])
            {
                case CellMark.Shown:
                    model.AddLinearConstraint(sum, problem.Values[c], problem.Values[c]);
                    break;
                case CellMark.Small when useMarks:
                    model.AddLinearConstraint(sum, 1, problem.Threshold - 1);
                    break;
                case CellMark.Complementary when useMarks:
                    model.AddLinearExpressionInDomain(sum, gap);
                    break;
            }
        }
        return (model, atoms);
    }
}
