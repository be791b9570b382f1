using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Tests.Disclosure;

/// <summary>Differencing attacks on published counts: the unfiltered view plus every single-slicer view.</summary>
public sealed class CrossTableSuppressionTests
{
    [Fact]
    public void Hides_a_small_subgroup_cell_and_a_complement_in_its_row_and_column()
    {
        long[,] counts = { { 30, 4, 22 }, { 12, 9, 9 } };

        var result = CrossTableSuppression.Suppress([56, 30], [(counts, [42, 13, 31])], 86, true, 5);

        var cells = result.Dimensions[0].Cells;
        Assert.True(cells[0, 1]);
        Assert.Equal(2, Enumerable.Range(0, 3).Count(c => cells[0, c]));
        Assert.Equal(2, Enumerable.Range(0, 2).Count(r => cells[r, 1]));
    }

    [Fact]
    public void A_subgroup_under_five_is_hidden_whole_with_a_complementary_subgroup()
    {
        long[,] counts = { { 20, 2, 30 }, { 15, 1, 25 } };

        var result = CrossTableSuppression.Suppress([52, 41], [(counts, [35, 3, 55])], 93, true, 5);

        var (cells, sizes) = result.Dimensions[0];
        Assert.True(sizes[1] && cells[0, 1] && cells[1, 1]);
        Assert.Equal(2, sizes.Count(h => h));
    }

    [Fact]
    public void Nothing_is_hidden_when_every_count_is_zero_or_at_least_five()
    {
        long[,] counts = { { 20, 10 }, { 0, 30 } };

        var result = CrossTableSuppression.Suppress([30, 30], [(counts, [20, 40])], 60, true, 5);

        Assert.DoesNotContain(true, result.AllHidden);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void No_random_table_leaves_a_hidden_cell_derivable_by_differencing(int seed, bool exclusiveCategories)
    {
        var random = new Random(seed);
        for (var t = 0; t < 300; t++)
        {
            var categories = random.Next(1, 6);
            var dimensions = Enumerable.Range(0, random.Next(1, 3)).Select(_ =>
            {
                var subgroups = random.Next(2, 6);
                var counts = new long[categories, subgroups];
                for (var r = 0; r < categories; r++)
                    for (var c = 0; c < subgroups; c++)
                        counts[r, c] = random.Next(0, 3) == 0 ? random.Next(0, 5) : random.Next(0, 40);
                return counts;
            }).ToList();
            // Every dimension partitions the same respondents: make the category totals agree across dimensions.
            var totals = Enumerable.Range(0, categories).Select(r => Enumerable.Range(0, dimensions[0].GetLength(1)).Sum(c => dimensions[0][r, c])).ToArray();
            foreach (var counts in dimensions.Skip(1))
                for (var r = 0; r < categories; r++)
                {
                    var diff = totals[r] - Enumerable.Range(0, counts.GetLength(1)).Sum(c => counts[r, c]);
                    counts[r, 0] = Math.Max(0, counts[r, 0] + diff);
                    totals[r] = Enumerable.Range(0, counts.GetLength(1)).Sum(c => counts[r, c]);
                }
            var n = exclusiveCategories ? totals.Sum() : totals.Max() + random.Next(0, 20);
            var input = dimensions.Select(counts => (counts, Enumerable.Range(0, counts.GetLength(1))
                .Select(c => exclusiveCategories ? Enumerable.Range(0, categories).Sum(r => counts[r, c]) : Enumerable.Range(0, categories).Max(r => counts[r, c]) + 1).ToArray())).ToList();
            if (!exclusiveCategories) n = Math.Max(n, input.Max(d => d.Item2.Sum()));
            if (!exclusiveCategories) input = input.Select(d => (d.counts, Scale(d.Item2, n))).ToList();

            var result = CrossTableSuppression.Suppress(totals, input, n, exclusiveCategories, 5);

            AssertSmallCellsHidden(totals, input, result);
            Assert.False(AnyDerivable(totals, input, n, exclusiveCategories, result),
                $"derivable cell in table {t}: totals [{string.Join(",", totals)}] n {n} tables " +
                string.Join(" | ", input.Select(d => string.Join(";", Enumerable.Range(0, d.counts.GetLength(0)).Select(r => string.Join(",", Enumerable.Range(0, d.counts.GetLength(1)).Select(c => d.counts[r, c])))) + " sizes " + string.Join(",", d.Item2))) +
                " hidden " + string.Join("", result.AllHidden.Select(h => h ? "1" : "0")));
        }
    }

    private static long[] Scale(long[] sizes, long n)
    {
        var copy = sizes.ToArray();
        copy[^1] += n - copy.Sum();
        return copy;
    }

    private static void AssertSmallCellsHidden(long[] totals, List<(long[,] counts, long[] sizes)> input, CrossTableSuppressionResult result)
    {
        for (var r = 0; r < totals.Length; r++)
            if (totals[r] is > 0 and < 5) Assert.True(result.HiddenCategoryTotals[r]);
        for (var d = 0; d < input.Count; d++)
            for (var r = 0; r < input[d].counts.GetLength(0); r++)
                for (var c = 0; c < input[d].counts.GetLength(1); c++)
                    if (input[d].counts[r, c] is > 0 and < 5) Assert.True(result.Dimensions[d].Cells[r, c]);
    }

    /// <summary>The attacker's view: a relation whose parts and total are all shown but one reveals that one.</summary>
    private static bool AnyDerivable(long[] totals, List<(long[,] counts, long[] sizes)> input, long n, bool exclusive, CrossTableSuppressionResult result)
    {
        var lines = new List<List<bool>>();
        if (exclusive) lines.Add([.. result.HiddenCategoryTotals, false]);
        for (var d = 0; d < input.Count; d++)
        {
            var (cells, sizes) = result.Dimensions[d];
            int rows = cells.GetLength(0), cols = cells.GetLength(1);
            for (var r = 0; r < rows; r++) lines.Add([.. Enumerable.Range(0, cols).Select(c => cells[r, c]), result.HiddenCategoryTotals[r]]);
            if (exclusive)
                for (var c = 0; c < cols; c++) lines.Add([.. Enumerable.Range(0, rows).Select(r => cells[r, c]), sizes[c]]);
            lines.Add([.. sizes, false]);
        }
        return lines.Any(line => line.Count(h => h) == 1);
    }

    [Fact]
    public void Two_small_cells_that_make_up_a_known_total_get_a_complement_that_is_not_small()
    {
        long[,] counts = { { 4, 20 }, { 4, 30 } };

        var result = CrossTableSuppression.Suppress([24, 34], [(counts, [8, 50])], 58, true, 5);

        var cells = result.Dimensions[0].Cells;
        Assert.True(cells[0, 0] && cells[1, 0]);
        Assert.True(result.Dimensions[0].Sizes[0] || cells[0, 1] || cells[1, 1], "4 + 4 = 8 would pin both hidden cells");
    }
}
