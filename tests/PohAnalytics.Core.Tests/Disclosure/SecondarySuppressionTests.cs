using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Tests.Disclosure;

public sealed class SecondarySuppressionTests
{
    private static readonly long[,] Bridge =
    {
        { 2, 3, 3, 10 },
        { 3, 2, 10, 10 },
        { 10, 10, 2, 3 },
        { 10, 10, 3, 2 },
    };

    [Fact]
    public void Bridge_cell_between_two_cycles_is_pinned_by_the_totals_when_only_small_cells_are_hidden()
    {
        var table = new ProtectionTables(Bridge);
        // Row 0 and column 2 each hide 3 cells, so no relation has a single hidden cell, yet the attacker pins (0, 2).
        var bounds = table.Attacker().Bounds(table.Problem.Cells[table.Interior[0, 2]], readMarks: false);
        Assert.Equal((3L, 3L), bounds);
    }

    [Fact]
    public void Bridge_table_after_protection_leaves_every_hidden_cell_an_interval_at_least_the_threshold_wide()
    {
        var table = new ProtectionTables(Bridge);
        var outcome = SecondarySuppression.Protect(table.Problem);

        Assert.Empty(outcome.Unprotectable);
        Assert.True(outcome.Complements > 0);
        AssertProtectedAgainstIndependentAttacker(table);
    }

    [Fact]
    public void Complement_beside_a_small_cell_that_an_x_would_pin_is_widened_until_the_marks_no_longer_narrow_it()
    {
        // [1, 5, 50] with total 56: "<5, x, 50" leaves one completion (1, 5), because "x" is 0 or at least 5.
        var table = new ProtectionTables(new long[,] { { 1, 5, 50 } });
        var naive = new IndependentAttacker(3, 56, 5);
        naive.Publish([0], null, "<5");
        naive.Publish([1], null, "x");
        naive.Publish([2], 50, null);
        naive.Publish([0, 1, 2], 56, null);
        Assert.Equal((1L, 1L), naive.Bounds([0], readMarks: true));

        SecondarySuppression.Protect(table.Problem);
        AssertProtectedAgainstIndependentAttacker(table);
        Assert.Equal(CellMark.Small, table.Problem.Marks[table.Interior[0, 0]]);
    }

    [Fact]
    public void Two_small_cells_whose_sum_is_shown_get_a_complement_because_four_plus_four_of_eight_is_pinned()
    {
        var table = new ProtectionTables(new long[,] { { 4, 4, 40 } });
        SecondarySuppression.Protect(table.Problem);

        Assert.Equal(CellMark.Complementary, table.Problem.Marks[table.Interior[0, 2]]);
        AssertProtectedAgainstIndependentAttacker(table);
    }

    [Fact]
    public void Table_without_small_cells_is_served_whole()
    {
        var table = new ProtectionTables(new long[,] { { 10, 20 }, { 30, 0 } });
        var outcome = SecondarySuppression.Protect(table.Problem);

        Assert.Equal(0, outcome.Complements);
        Assert.All(Enumerable.Range(0, table.Problem.CellCount), c => Assert.Equal(CellMark.Shown, table.Problem.Marks[c]));
    }

    [Fact]
    public void Complements_are_the_smallest_non_zero_cells_that_protect()
    {
        var table = new ProtectionTables(new long[,] { { 2, 30, 8, 0 } });
        SecondarySuppression.Protect(table.Problem);

        Assert.Equal(CellMark.Complementary, table.Problem.Marks[table.Interior[0, 2]]);
        Assert.Equal(CellMark.Shown, table.Problem.Marks[table.Interior[0, 1]]);
        AssertProtectedAgainstIndependentAttacker(table);
    }

    [Fact]
    public void Stopping_at_a_pinned_cell_ends_with_the_marks_of_the_full_search_once_the_caller_hides_everything_left()
    {
        // Atoms 2, 30, 1, 40. The 2 is pinned: its total (32) and its neighbour (30) are never hidden. The 1 further on
        // needs a complement (the 40 or its total). A caller that withholds the problem hides every cell still allowed.
        static ProtectionProblem Problem()
        {
            var problem = new ProtectionProblem([2, 30, 1, 40], threshold: 5);
            var pinned = problem.AddCell([0]);
            var neighbour = problem.AddCell([1], neverHidden: true);
            var total = problem.AddCell([0, 1], neverHidden: true);
            problem.AddRelation([pinned, neighbour, total]);
            var small = problem.AddCell([2]);
            var other = problem.AddCell([3]);
            var secondTotal = problem.AddCell([2, 3]);
            problem.AddRelation([small, other, secondTotal]);
            return problem;
        }
        static void HideEverythingLeft(ProtectionProblem problem)
        {
            for (var c = 0; c < problem.CellCount; c++)
                if (problem.CanComplement(c)) problem.HideAsComplement(c);
        }

        var full = Problem();
        var fullOutcome = SecondarySuppression.Protect(full);
        HideEverythingLeft(full);
        var stopped = Problem();
        var stoppedOutcome = SecondarySuppression.Protect(stopped, stopWhenUnprotectable: true);
        HideEverythingLeft(stopped);

        Assert.Equal([0], fullOutcome.Unprotectable);
        Assert.Equal([0], stoppedOutcome.Unprotectable);
        Assert.True(fullOutcome.Complements > 0, "the full search protects the 1 with a complement");
        Assert.Equal(0, stoppedOutcome.Complements);
        Assert.True(stoppedOutcome.Solves < fullOutcome.Solves);
        Assert.Equal(full.Marks, stopped.Marks);
        Assert.Equal([CellMark.Small, CellMark.Shown, CellMark.Shown, CellMark.Small, CellMark.Complementary, CellMark.Complementary],
            stopped.Marks);
    }

    private static void AssertProtectedAgainstIndependentAttacker(ProtectionTables table)
    {
        var attacker = table.Attacker();
        var problem = table.Problem;
        for (var cell = 0; cell < problem.CellCount; cell++)
        {
            if (problem.Marks[cell] == CellMark.Shown) continue;
            var numbersOnly = attacker.Bounds(problem.Cells[cell], readMarks: false);
            Assert.True(numbersOnly.Max - numbersOnly.Min >= problem.Threshold,
                $"cell {cell} ({problem.Values[cell]}) is within {numbersOnly} for a reader of the numbers");
            var withMarks = attacker.Bounds(problem.Cells[cell], readMarks: true);
            Assert.True(withMarks.Max > withMarks.Min, $"cell {cell} ({problem.Values[cell]}) pinned to {withMarks} by the marks");
        }
    }
}
