using System.Text;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>Bad cells are reported with row, column, value and reason; their rows go to the rejects output; good rows go on.</summary>
public sealed class ValidationTests
{
    private const string Header = "Respondentnummer;Geslacht;Leeftijd;Dienstverband;Uren per week als POH-GGZ\n";

    [Fact]
    public async Task Rejects_row_with_age_out_of_range()
    {
        var run = await PipelineRun.OfTextAsync(Header + "R1;Vrouw;45;Zzp-contract;20\nR2;Man;212;Zzp-contract;24\nR3;Vrouw;50;Zzp-contract;16\n", "poll.csv");

        Assert.Equal(2, run.Report.RowsAccepted);
        Assert.Equal(1, run.Report.RowsRejected);
        var error = Assert.Single(run.Report.FirstErrors);
        Assert.Equal(3, error.RowNumber);
        Assert.Equal("Leeftijd", error.Column);
        Assert.Equal("212", error.Value);
        Assert.StartsWith("out of range", error.Reason);
        Assert.Contains("poll.csv, row 3, column \"Leeftijd\"", error.Describe("poll.csv"));
        var rejected = Assert.Single(run.Rejects.Rows);
        Assert.Equal(3, rejected.RowNumber);
        Assert.Contains(rejected.Cells, c => c.Key == "Leeftijd" && c.Value == "212");
    }

    [Fact]
    public async Task Rejects_unknown_category_and_text_in_a_number_column_in_one_row()
    {
        var run = await PipelineRun.OfTextAsync(Header + "R1;Onbekend geslacht;veertig;Zzp-contract;20\n");

        Assert.Equal(0, run.Report.RowsAccepted);
        Assert.Equal(2, run.Report.ErrorCount);
        Assert.Contains(run.Report.FirstErrors, e => e.Column == "Geslacht" && e.Reason == "unknown category");
        Assert.Contains(run.Report.FirstErrors, e => e.Column == "Leeftijd" && e.Reason == "not a number");
    }

    [Fact]
    public async Task Rejects_ragged_row_with_more_fields_than_the_header()
    {
        var run = await PipelineRun.OfTextAsync(Header + "R1;Vrouw;45;Zzp-contract;20;extra;fields\nR2;Man;40;Zzp-contract;24\n");

        Assert.Equal(1, run.Report.RowsAccepted);
        var error = Assert.Single(run.Report.FirstErrors);
        Assert.StartsWith("ragged row", error.Reason);
        Assert.Equal(2, error.RowNumber);
    }

    [Fact]
    public async Task A_long_file_reads_its_rows_alike_when_the_columns_the_codebook_drops_are_left_unread()
    {
        var text = new StringBuilder("Naam;Geslacht;Leeftijd;Lievelingskleur\n");
        const int Rows = 6_000;
        for (var i = 0; i < Rows; i++) text.Append("Persoon ").Append(i).Append(";Vrouw;").Append(20 + i % 60).Append(";blauw\n");
        text.Append("Alleen een naam;;;\n").Append(" ; ;;\n").Append("Jan;Man;40;groen;extra\n");

        var run = await PipelineRun.OfTextAsync(text.ToString());

        // Data rows 2..6001, the row with only a name (6002), the blank row (6003, skipped), the ragged row (6004).
        Assert.Equal(Rows + 2, run.Report.RowsRead);
        Assert.Equal(Rows + 1, run.Report.RowsAccepted);
        var error = Assert.Single(run.Report.FirstErrors);
        Assert.Equal((6004, "(whole row)"), (error.RowNumber, error.Column));
        Assert.StartsWith("ragged row: 5 fields", error.Reason);
        Assert.Equal(["Geslacht", "Leeftijd"], Assert.Single(run.Rejects.Rows).Cells.Select(c => c.Key));
        Assert.Equal(Enumerable.Range(0, Rows).Select(i => 20.0 + i % 60), run.Sink.Numbers("age"));
    }

    [Fact]
    public async Task Reads_decimal_commas_and_percent_signs()
    {
        var run = await PipelineRun.OfTextAsync(
            "Geslacht;Werkervaring als POH-GGZ (jaren);Percentage direct patiëntgebonden werk\nVrouw;1,8;85%\nMan;\"12,5\";90\n");

        Assert.Equal(2, run.Report.RowsAccepted);
        Assert.Equal([1.8, 12.5], run.Sink.Numbers("experience_poh_years"));
        Assert.Equal([85.0, 90.0], run.Sink.Numbers("direct_patient_share"));
    }

    [Fact]
    public async Task Reports_unmapped_columns_without_failing()
    {
        var run = await PipelineRun.OfTextAsync("Geslacht;Leeftijd;Lievelingskleur\nVrouw;40;blauw\n");

        Assert.Equal(1, run.Report.RowsAccepted);
        var unmapped = Assert.Single(run.Report.UnmappedColumns);
        Assert.Equal("Lievelingskleur", unmapped.Header);
        Assert.DoesNotContain(run.Sink.Columns.Keys, k => k.Contains("kleur", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Drops_a_column_of_email_addresses_whatever_its_header()
    {
        var run = await PipelineRun.OfTextAsync("Geslacht;Leeftijd;Contact\nVrouw;40;a.b@example.nl\nMan;50;c.d@example.org\n");

        var dropped = Assert.Single(run.Report.DroppedColumns);
        Assert.Equal("Contact", dropped.Header);
        Assert.Empty(run.Report.UnmappedColumns);
        Assert.DoesNotContain(run.Sink.Columns.Values.SelectMany(v => v).OfType<string>(), v => v.Contains('@'));
    }

    [Fact]
    public async Task Empty_answer_to_a_required_item_is_missing_not_an_error()
    {
        var run = await PipelineRun.OfTextAsync(Header + "R1;;45;Zzp-contract;20\n");

        Assert.Equal(1, run.Report.RowsAccepted);
        Assert.Equal(1, run.Report.Missing["gender"]);
        Assert.Equal(1, run.Report.NotAsked["waiting_time_intake"]);
    }

    [Fact]
    public async Task Derives_total_consults_from_intake_and_follow_up()
    {
        var run = await PipelineRun.OfTextAsync("Geslacht;Intakeconsulten per werkdag;Vervolgconsulten per werkdag\nVrouw;2;7\n");

        Assert.Equal([9.0], run.Sink.Numbers("consults_per_day_total"));
    }

    [Fact]
    public async Task File_without_a_known_header_fails_with_a_reason_naming_the_file()
    {
        var ex = await Assert.ThrowsAsync<UnreadableFileException>(() => PipelineRun.OfTextAsync("foo;bar\n1;2\n", "random.csv"));

        Assert.Contains("random.csv", ex.Message);
        Assert.Contains("header", ex.Message);
    }

    [Fact]
    public async Task Empty_file_fails_with_a_reason()
    {
        var ex = await Assert.ThrowsAsync<UnreadableFileException>(() => PipelineRun.OfStreamAsync(new MemoryStream(), "leeg.csv"));

        Assert.Contains("empty", ex.Message);
    }

    [Fact]
    public async Task Writes_rows_in_batches_no_larger_than_the_batch_size()
    {
        var run = await PipelineRun.OfFileAsync(PohAnalytics.Testing.RepoPaths.Fixture("poh-ggz-vragenlijst-2019.csv"), new IngestionPipelineOptions { BatchSize = 10 });

        Assert.Equal(8, run.Sink.Batches);
        Assert.Equal(10, run.Sink.LargestBatch);
        Assert.Equal(79, run.Sink.Columns["gender"].Count);
    }

    [Fact]
    public async Task Source_row_numbers_point_back_into_the_raw_file()
    {
        var run = await PipelineRun.OfTextAsync("Export 2024\n\n" + Header + "R1;Vrouw;45;Zzp-contract;20\n");

        Assert.Equal(3, run.Report.HeaderRowNumber);
        Assert.Equal([4], run.Sink.Columns["_source_row"].Cast<int>());
    }
}
