using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Qualitative.Statistics;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Tests.Qualitative.Statistics;

/// <summary>The interview coding per main theme and per perspective, with small cells suppressed beyond recovery.</summary>
public sealed class ThemeStatisticsTests
{
    private static readonly CodedAnswerStatistics Statistics = new(new SuppressionSettings());

    [Fact]
    public async Task Interviews_have_twelve_interviewee_records_seven_themes_and_thirty_seven_sub_themes()
    {
        var overview = Statistics.Themes(await CodedTables.InterviewsAsync());

        Assert.Equal(12, overview.Interviewees);
        Assert.Equal(7, overview.Themes.Count);
        Assert.Equal(37, overview.Themes.Sum(t => t.SubThemes.Count));
        Assert.Equal([4, 5, 8, 5, 5, 5, 5], overview.Themes.Select(t => t.SubThemes.Count));
    }

    [Fact]
    public async Task Sub_themes_count_distinct_interviewees_and_hide_small_counts()
    {
        var overview = Statistics.Themes(await CodedTables.InterviewsAsync());

        var function = overview.Themes[0];
        Assert.Equal("function_content", function.Theme);
        var uniformity = function.SubThemes.Single(s => s.Code == "little_uniformity");
        Assert.Equal(7, uniformity.Interviewees.Count);
        Assert.Equal(7 / 12.0, uniformity.Interviewees.Share!.Value, 10);
        Assert.All(function.SubThemes.Where(s => s.Code != "little_uniformity"), s => Assert.Equal("<5", s.Interviewees.Display));
        var unclear = overview.Themes[2].SubThemes.Single(s => s.Code == "poh_vs_distinction_unclear");
        Assert.Equal(6, unclear.Interviewees.Count);
    }

    [Fact]
    public async Task Theme_by_primary_domain_counts_interviewees_per_group_and_withholds_small_shares()
    {
        var matrix = Statistics.ThemesByPerspective(await CodedTables.InterviewsAsync(), "primary_domain");

        Assert.Equal(["gp_care", "mental_health_care", "nurse_specialists"], matrix.Groups.Select(g => g.Code));
        Assert.Equal(7, matrix.Groups[0].Interviewees.Count);
        Assert.Equal("<5", matrix.Groups[1].Interviewees.Display);
        foreach (var row in matrix.Rows)
            foreach (var cell in row.Cells.Where(c => c.Suppressed))
            {
                Assert.Null(cell.Count);
                Assert.Null(cell.Share);
            }
        var shown = matrix.Rows.SelectMany(r => r.Cells).Where(c => !c.Suppressed && c.Count > 0).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, c => Assert.True(c.Count >= 5));
        Assert.Contains("\"<5\"", matrix.Rule.Text.En);
    }

    [Theory]
    [InlineData("represents")]
    [InlineData("primary_domain")]
    [InlineData("background")]
    public async Task Suppressed_cells_cannot_be_recovered_from_the_row_totals(string perspective)
    {
        var table = await CodedTables.InterviewsAsync();
        var matrix = Statistics.ThemesByPerspective(table, perspective);

        var rowsTried = 0;
        foreach (var row in matrix.Rows)
        {
            var hidden = row.Cells.Select((c, i) => (c, i)).Where(x => x.c.Suppressed).ToList();
            if (hidden.Count == 0 || row.Total.Count is null) continue;
            rowsTried++;
            // An attacker knows the total, the visible cells, "<5" = 1..4 and "x" ≥ 5; every hidden small cell must keep ≥ 2 possible values.
            var remainder = row.Total.Count.Value - row.Cells.Where(c => !c.Suppressed).Sum(c => c.Count!.Value);
            Assert.True(hidden.Count >= 2, $"{perspective}/{row.Theme}: a single hidden cell equals the total minus the rest");
            var feasible = Enumerable.Range(1, 4).Where(v => Consistent(remainder - v, hidden.Count - 1)).ToList();
            Assert.True(feasible.Count >= 2, $"{perspective}/{row.Theme}: the hidden cells can be worked out ({string.Join(",", feasible)})");
        }
        Assert.True(rowsTried > 0);
    }

    [Fact]
    public void Complementary_suppression_hides_a_second_cell_when_one_small_cell_would_follow_from_the_total()
    {
        var (hidden, primary, totalHidden) = RowProtection.Apply([3, 9, 6, 0], 5);

        Assert.Equal([true, false, true, false], hidden);
        Assert.Equal([true, false, false, false], primary);
        Assert.False(totalHidden);
        // 3 + 6 = 9 hidden: "<5" could be 1..4 with "x" = 8..5 — not unique.
    }

    [Fact]
    public void A_small_cell_alone_in_its_row_hides_the_row_total()
    {
        var (hidden, _, totalHidden) = RowProtection.Apply([2, 0, 0], 5);

        Assert.Equal([true, false, false], hidden);
        Assert.True(totalHidden);
    }

    [Fact]
    public void A_complement_that_would_pin_the_small_cell_is_passed_over_for_one_that_does_not()
    {
        // 1 + 5 = 6 hidden would leave "<5" = 1 and "x" = 5 as the only split; 1 + 9 = 10 leaves "<5" 1..4 with "x" 9..6.
        var (hidden, _, _) = RowProtection.Apply([1, 5, 9, 12], 5);

        Assert.Equal([true, false, true, false], hidden);
    }

    // Whether the rest of the hidden sum can be split over the other hidden cells (each at least 1).
    private static bool Consistent(long rest, int otherHidden) => otherHidden == 0 ? rest == 0 : rest >= otherHidden;
}
