using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Tests.Disclosure;

/// <summary>A two-way table with row, column and grand totals as a protection problem (one atom per interior cell).</summary>
internal sealed class ProtectionTables
{
    public ProtectionTables(long[,] counts, int threshold = 5)
    {
        Counts = counts;
        int rows = counts.GetLength(0), columns = counts.GetLength(1);
        var atoms = new List<long>();
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++) atoms.Add(counts[r, c]);
        Problem = new ProtectionProblem(atoms, threshold);
        Interior = new int[rows, columns];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++) Interior[r, c] = Problem.AddCell([r * columns + c]);
        RowTotals = Enumerable.Range(0, rows).Select(r => Problem.AddCell(Enumerable.Range(0, columns).Select(c => r * columns + c))).ToArray();
        ColumnTotals = Enumerable.Range(0, columns).Select(c => Problem.AddCell(Enumerable.Range(0, rows).Select(r => r * columns + c))).ToArray();
        GrandTotal = Problem.AddCell(Enumerable.Range(0, rows * columns), neverHidden: true);
        for (var r = 0; r < rows; r++)
            Problem.AddRelation([.. Enumerable.Range(0, columns).Select(c => Interior[r, c]), RowTotals[r]]);
        for (var c = 0; c < columns; c++)
            Problem.AddRelation([.. Enumerable.Range(0, rows).Select(r => Interior[r, c]), ColumnTotals[c]]);
        Problem.AddRelation([.. RowTotals, GrandTotal]);
        Problem.AddRelation([.. ColumnTotals, GrandTotal]);
    }

    public long[,] Counts { get; }
    public ProtectionProblem Problem { get; }
    public int[,] Interior { get; }
    public int[] RowTotals { get; }
    public int[] ColumnTotals { get; }
    public int GrandTotal { get; }

    /// <summary>Everything served, handed to an attacker that never saw the module's model.</summary>
    public IndependentAttacker Attacker()
    {
        int rows = Counts.GetLength(0), columns = Counts.GetLength(1);
        var attacker = new IndependentAttacker(rows * columns, Problem.Total, Problem.Threshold);
        for (var cell = 0; cell < Problem.CellCount; cell++)
        {
            var mark = Problem.Marks[cell];
            attacker.Publish(Problem.Cells[cell], mark == CellMark.Shown ? Problem.Values[cell] : null,
                mark switch { CellMark.Small => "<5", CellMark.Complementary => "x", _ => null });
        }
        return attacker;
    }
}
