using System.Text;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>Limits, truncation and the warnings for silent losses, at the pipeline (no storage).</summary>
public sealed class BoundedInputTests
{
    private static readonly IngestionPipelineOptions Small = new() { MaxRowChars = 1_000, MaxCellChars = 100, MaxColumns = 10, MaxLinesPerRow = 5 };

    [Fact]
    public async Task A_row_longer_than_the_limit_fails_with_its_row_number()
    {
        var error = await Assert.ThrowsAsync<UnreadableFileException>(() =>
            PipelineRun.OfTextAsync("Geslacht;Leeftijd\n" + string.Concat(Enumerable.Repeat("Vrouw;40;", 200)) + "\n", options: Small));

        Assert.StartsWith("Row 2 is longer than 1,000 characters", error.Message);
    }

    [Fact]
    public async Task A_cell_longer_than_the_limit_fails_the_file()
    {
        var error = await Assert.ThrowsAsync<UnreadableFileException>(() =>
            PipelineRun.OfTextAsync($"Geslacht;Leeftijd\nVrouw;\"{new string('4', 150)}\"\n", options: Small));

        Assert.StartsWith("Row 2 has a cell longer than 100 characters", error.Message);
    }

    [Fact]
    public async Task A_row_wider_than_the_column_limit_fails_the_file()
    {
        var error = await Assert.ThrowsAsync<UnreadableFileException>(() =>
            PipelineRun.OfTextAsync("Geslacht;Leeftijd" + string.Concat(Enumerable.Range(0, 12).Select(i => $";x{i}")) + "\nVrouw;40\n", options: Small));

        Assert.Equal("Row 1 has 14 columns; at most 10 are allowed (Poh:Ingestion:MaxColumns).", error.Message);
    }

    [Fact]
    public async Task An_unclosed_quote_names_the_row_where_it_opened()
    {
        var error = await Assert.ThrowsAsync<UnreadableFileException>(() =>
            PipelineRun.OfTextAsync("Geslacht;Leeftijd\nVrouw;40\nMan;\"50\nVrouw;41\nMan;42\n"));

        Assert.StartsWith("Row 3 opens a quote on line 3 that is never closed", error.Message);
    }

    [Fact]
    public async Task A_quote_running_over_too_many_lines_fails_the_file()
    {
        var lines = string.Concat(Enumerable.Range(0, 10).Select(i => $"Vrouw;{40 + i}\n"));
        var error = await Assert.ThrowsAsync<UnreadableFileException>(() =>
            PipelineRun.OfTextAsync("Geslacht;Leeftijd\nMan;\"50\n" + lines + "\"\nVrouw;40\n", options: Small));

        Assert.StartsWith("Row 2 opens a quoted value on line 2 that runs over", error.Message);
    }

    [Fact]
    public async Task A_quoted_value_over_a_few_lines_is_kept()
    {
        var run = await PipelineRun.OfTextAsync("Geslacht;Leeftijd;Regio\nVrouw;40;\"Noord\nen Zuid\"\nMan;50;Oost\n");

        Assert.Equal(2, run.Report.RowsAccepted);
        Assert.Empty(run.Report.Warnings);
    }

    [Fact]
    public async Task Mixed_encodings_are_read_line_by_line_with_a_warning()
    {
        using var bytes = new MemoryStream();
        bytes.Write(Encoding.UTF8.GetBytes("Geslacht;Leeftijd;Regio\nVrouw;40;Fryslân\n"));
        bytes.Write(CodePagesEncoding().GetBytes("Man;50;Fryslân\n"));
        bytes.Position = 0;

        var run = await PipelineRun.OfStreamAsync(bytes, "gemengd.csv");

        Assert.Equal(2, run.Report.RowsAccepted);
        Assert.Contains(run.Report.Warnings, w => w.Contains("mixes encodings", StringComparison.Ordinal));
        Assert.Equal(2, run.Sink.Count("region", "Fryslân"));
    }

    [Theory]
    [InlineData(false, "UTF-16LE")]
    [InlineData(true, "UTF-16BE")]
    public async Task Utf16_without_a_byte_order_mark_is_detected_with_a_warning(bool bigEndian, string name)
    {
        var text = "Geslacht;Leeftijd\nVrouw;40\nMan;50\n";
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text);

        var run = await PipelineRun.OfStreamAsync(new MemoryStream(bytes), "utf16.csv");

        Assert.Equal(2, run.Report.RowsAccepted);
        Assert.Contains(run.Report.Warnings, w => w.Contains($"{name} without a byte-order mark", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_header_with_a_cyrillic_look_alike_is_mapped_with_a_warning()
    {
        var run = await PipelineRun.OfTextAsync("G\u0435slacht;Leeftijd\nVrouw;40\nMan;50\n");

        Assert.Contains(run.Report.MappedColumns, c => c.Detail == "gender");
        Assert.Contains(run.Report.Warnings, w => w.Contains("U+0435", StringComparison.Ordinal) && w.Contains("read as \"Geslacht\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Nfkc_normalisation_does_nothing_under_invariant_globalization_so_headers_are_folded_explicitly()
    {
        Assert.Equal("\uff27eslacht", "\uff27eslacht".Normalize(NormalizationForm.FormKC));
        Assert.Equal("Geslacht", HeaderText.Normalise("\uff27eslacht", out var warning));
        Assert.NotNull(warning);
        Assert.Equal("Геслахт", HeaderText.Normalise("Геслахт", out var cyrillicOnly));
        Assert.Null(cyrillicOnly);
    }

    [Fact]
    public async Task An_open_label_longer_than_the_limit_is_a_rejected_cell_with_its_length()
    {
        var run = await PipelineRun.OfTextAsync($"Geslacht;Leeftijd;Regio\nVrouw;40;{new string('r', 300)}\nMan;50;Zuid\n");

        Assert.Equal(1, run.Report.RowsAccepted);
        Assert.Equal("an open answer of 300 characters; a label may have at most 200", run.Report.FirstErrors.Single().Reason);
    }

    [Fact]
    public void The_stored_summary_keeps_the_first_items_and_counts_the_rest()
    {
        var report = new IngestionReport
        {
            FileName = "x.csv",
            UnmappedColumns = Enumerable.Range(0, 250).Select(i => new ColumnReport($"k{i}", "unknown")).ToList(),
            FirstErrors = [new CellError(2, "Regio", new string('v', 5_000), "invalid")],
        };

        var summary = ReportSummary.Bound(report, new IngestionPipelineOptions());

        Assert.Equal(100, summary.UnmappedColumns.Count);
        Assert.Equal(150, summary.Omitted["unmappedColumns"]);
        Assert.EndsWith("… (5,000 characters)", summary.FirstErrors[0].Value);
        Assert.Equal(200 + "… (5,000 characters)".Length, summary.FirstErrors[0].Value!.Length);
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
