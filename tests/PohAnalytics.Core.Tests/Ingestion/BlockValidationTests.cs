using System.Text;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>
/// Rows are parsed a block at a time on several threads, with repeated texts remembered per column; the outcome is the
/// same as row by row: every row keeps its own values and its place, and errors come in file order.
/// </summary>
public sealed class BlockValidationTests
{
    private const string Header = "Respondentnummer;Geslacht;Leeftijd;Dienstverband;Uren per week als POH-GGZ\n";

    [Fact]
    public async Task Values_and_rejected_rows_keep_their_row_across_blocks_and_threads()
    {
        const int rows = 5_000;
        var text = new StringBuilder(Header);
        for (var i = 0; i < rows; i++)
        {
            // Every thousandth row has words for its age; the others cycle through 60 ages, so most texts repeat.
            var age = i % 1000 == 999 ? "veertig" : (20 + i % 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append($"R{i};{(i % 7 == 0 ? "Man" : "Vrouw")};{age};Zzp-contract;20\n");
        }

        var run = await PipelineRun.OfTextAsync(text.ToString());

        // Data row i is CSV record i + 2 (the header is record 1).
        int[] rejected = [1001, 2001, 3001, 4001, 5001];
        Assert.Equal(rows - rejected.Length, run.Report.RowsAccepted);
        Assert.Equal(rejected, run.Rejects.Rows.Select(r => r.RowNumber));
        Assert.Equal(rejected, run.Report.FirstErrors.Select(e => e.RowNumber));
        Assert.All(run.Report.FirstErrors, e => Assert.Equal(("Leeftijd", "veertig", "not a number"), (e.Column, e.Value, e.Reason)));
        var accepted = Enumerable.Range(0, rows).Where(i => i % 1000 != 999).ToList();
        Assert.Equal(accepted.Select(i => (object?)(i + 2)), run.Sink.Columns["_source_row"]);
        Assert.Equal(accepted.Select(i => (object?)(20.0 + i % 60)), run.Sink.Columns["age"]);
        Assert.Equal(accepted.Select(i => (object?)$"R{i}"), run.Sink.Columns["respondent_id"]);
        Assert.Equal(accepted.Select(i => (object?)(i % 7 == 0 ? "man" : "vrouw")), run.Sink.Columns["gender"]);
    }

    [Fact]
    public async Task A_column_with_more_distinct_texts_than_are_remembered_keeps_every_value_in_its_row()
    {
        // 9,000 distinct hours (beyond the 4,096 texts a column remembers), each also written with a decimal comma and as
        // a long text (never remembered), among ages that repeat; every third row misses its hours, every 500th is invalid.
        const int rows = 9_000;
        var text = new StringBuilder(Header);
        string Hours(int i) => i % 3 == 2 ? "" : i % 500 == 499 ? "veel" : $"{i / 1000},{i % 1000:D3}";
        for (var i = 0; i < rows; i++)
            text.Append($"R{i};Vrouw;{20 + i % 60};Zzp-contract;{(i % 4 == 1 ? Hours(i).PadLeft(200) : Hours(i))}\n");

        var run = await PipelineRun.OfTextAsync(text.ToString());

        var accepted = Enumerable.Range(0, rows).Where(i => i % 500 != 499 || i % 3 == 2).ToList();
        Assert.Equal(accepted.Count, run.Report.RowsAccepted);
        Assert.Equal(accepted.Select(i => (object?)(i + 2)), run.Sink.Columns["_source_row"]);
        Assert.Equal(accepted.Select(i => (object?)(i % 3 == 2 ? null : i / 1000.0)), run.Sink.Columns["hours_per_week"]);
        Assert.Equal(accepted.Select(i => (object?)(20.0 + i % 60)), run.Sink.Columns["age"]);
        Assert.All(run.Report.FirstErrors, e => Assert.Equal(("veel", "not a number"), (e.Value?.Trim(), e.Reason)));
    }
}
