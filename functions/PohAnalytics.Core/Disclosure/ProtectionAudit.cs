using Google.OrTools.Sat;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// What a reader can work out about a hidden cell of a <see cref="ProtectionProblem"/>, over non-negative integer atom
/// counts, with OR-Tools CP-SAT. Two readers are modelled. One knows only the numbers shown and the additive relations
/// (the τ-ARGUS audit); the other also reads the marks: "&lt;T" is 1 to T − 1 and "x" is 0 or at least T. A hidden cell
/// is protected when the first reader's feasible interval is at least T wide and the second cannot pin it to one value.
/// Each check is one model with two copies of the atoms per reader (a low and a high completion), so a single solve
/// answers it; the same model with a yes/no choice per shown cell finds the cheapest complements for a cell.
/// </summary>
internal sealed class ProtectionAudit(ProtectionProblem problem)
{
    // One worker per solve (cores go to variables in parallel); the models are small, so presolve costs more than it saves,
    // while the LP relaxation at every node (linearization level 2) proves a pair of completions impossible quickly. A
    // choice of complements that runs out of time keeps its best protecting set (still a valid protection, perhaps not
    // the cheapest). Limits are deterministic time, so every instance that audits the same data hides the same cells. A check
    // only asks whether completions exist, so it skips cutting planes (cut_level 0): its answer is the same unless it runs
    // out of time, and the demo audits (ten datasets, every mark hashed) took 15–28 % less time with the same marks. The
    // search for complements keeps them: its answer within the time limit depends on the path the search takes.
    private const string CheckParameters =
        "num_workers:1,cp_model_presolve:false,linearization_level:2,cut_level:0,max_deterministic_time:10";
    private const string ChoiceParameters = "num_workers:1,cp_model_presolve:false,linearization_level:2,max_deterministic_time:0.02";

    /// <summary>Number of solver calls made (for benchmarks).</summary>
    public int Solves { get; private set; }

    /// <summary>Whether a hidden cell is protected (see the class summary).</summary>
    public bool IsProtected(int cell)
    {
        var (model, _) = Build(cell, choose: false);
        Solves++;
        // Unknown (out of time) counts as unprotected: the cell then gets complements.
        return new CpSolver { StringParameters = CheckParameters }.Solve(model) is CpSolverStatus.Feasible or CpSolverStatus.Optimal;
    }

    /// <summary>
    /// The shown cells whose hiding protects <paramref name="cell"/> at the least information loss (respondents hidden,
    /// plus one per cell so fewer cells win a tie); null when nothing that may be hidden protects it.
    /// </summary>
    public IReadOnlyList<int>? CheapestComplements(int cell, bool anywhere = false)
    {
        var (model, choices) = Build(cell, choose: true, anywhere);
        // Hiding every candidate is the expensive answer that usually protects; hinting it gives the search a start.
        foreach (var choice in choices.Values) model.AddHint(choice, true);
        var solver = new CpSolver { StringParameters = anywhere ? ChoiceParameters.Replace("0.02", "0.2", StringComparison.Ordinal) : ChoiceParameters };
        Solves++;
        if (solver.Solve(model) is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return null;
        return choices.Where(c => solver.BooleanValue(c.Value)).Select(c => c.Key).ToList();
    }

    /// <summary>The interval of a cell for the reader of numbers only, or of numbers and marks.</summary>
    public FeasibleInterval Interval(int cell, bool useMarks)
    {
        long Optimum(bool maximise)
        {
            var model = new CpModel();
            var atoms = Atoms(model);
            Constrain(model, atoms, useMarks, null);
            var target = Sum(atoms, cell);
            if (maximise) model.Maximize(target);
            else model.Minimize(target);
            var solver = new CpSolver { StringParameters = ChoiceParameters };
            Solves++;
            if (solver.Solve(model) != CpSolverStatus.Optimal)
                throw new InvalidOperationException("The disclosure audit found no optimum; the served cells contradict each other.");
            return (long)Math.Round(solver.ObjectiveValue);
        }
        return new FeasibleInterval(Optimum(false), Optimum(true));
    }

    private (CpModel Model, Dictionary<int, BoolVar> Choices) Build(int target, bool choose, bool anywhere = false)
    {
        var model = new CpModel();
        var choices = new Dictionary<int, BoolVar>();
        if (choose)
            foreach (var c in (anywhere ? Enumerable.Range(0, problem.CellCount) : problem.Neighbourhood(target, 3)).Where(problem.CanComplement))
                choices[c] = model.NewBoolVar($"h{c}");
        var low = Atoms(model);
        var high = Atoms(model);
        var markedLow = Atoms(model);
        var markedHigh = Atoms(model);
        Constrain(model, low, false, choices);
        Constrain(model, high, false, choices);
        Constrain(model, markedLow, true, choices);
        Constrain(model, markedHigh, true, choices);
        model.Add(Sum(high, target) - Sum(low, target) >= problem.Threshold);
        model.Add(Sum(markedHigh, target) - Sum(markedLow, target) >= 1);
        if (choose) model.Minimize(LinearExpr.WeightedSum(choices.Values, choices.Keys.Select(c => problem.Values[c] + 1)));
        return (model, choices);
    }

    private IntVar[] Atoms(CpModel model) => problem.AtomCounts.Select(_ => model.NewIntVar(0, problem.UpperBound, "")).ToArray();

    private static LinearExpr Sum(IntVar[] atoms, IEnumerable<int> members) => LinearExpr.Sum(members.Select(a => atoms[a]));

    private LinearExpr Sum(IntVar[] atoms, int cell) => Sum(atoms, problem.Cells[cell]);

    private void Constrain(CpModel model, IntVar[] atoms, bool useMarks, Dictionary<int, BoolVar>? choices)
    {
        var gap = Google.OrTools.Util.Domain.FromIntervals([[0, 0], [problem.Threshold, problem.UpperBound]]);
        for (var c = 0; c < problem.CellCount; c++)
        {
            var sum = Sum(atoms, c);
            switch (problem.Marks[c])
            {
                case CellMark.Shown when choices is not null && choices.TryGetValue(c, out var hide):
                    model.Add(sum == problem.Values[c]).OnlyEnforceIf(hide.Not());
                    if (useMarks) model.AddLinearExpressionInDomain(sum, gap).OnlyEnforceIf(hide);
                    break;
                case CellMark.Shown:
                    model.Add(sum == problem.Values[c]);
                    break;
                case CellMark.Small when useMarks:
                    model.AddLinearConstraint(sum, 1, problem.Threshold - 1);
                    break;
                case CellMark.Complementary when useMarks:
                    model.AddLinearExpressionInDomain(sum, gap);
                    break;
            }
        }
    }

}
