using System.Text;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>
/// The rows a CSV reads as, whichever parser reads them: Sep for plain files, CsvHelper again for a file with a quote
/// inside an unquoted value (RFC 4180 keeps such a quote as text, Sep would open a quoted value there).
/// </summary>
public sealed class CsvTabularSourceTests
{
    [Fact]
    public void Row_numbers_count_blank_lines_and_a_multi_line_cell_as_one_row()
    {
        var rows = Read("a;b\n\nc;d\n\n\ne;\"f\ng\"\nh;i\n");

        // Records 1 (line 1), blank line 2 counted, record 3, blank lines 4 and 5 counted, record 6 over lines 6-7,
        // then record 7 on line 8: the multi-line cell counts once, as CsvHelper numbered rows.
        Assert.Equal([1, 3, 6, 7], rows.Select(r => r.RowNumber));
        Assert.Equal(new string?[] { "e", "f\ng" }, rows[2].Cells);
    }

    [Fact]
    public void Quoted_cells_lose_their_quotes_and_doubled_quotes_become_one()
    {
        var rows = Read("a;b\r\n\"x;y\";\"say \"\"hi\"\"\"\r\n\"\";z\r\n");

        Assert.Equal(new string?[] { "x;y", "say \"hi\"" }, rows[1].Cells);
        Assert.Equal(new string?[] { "", "z" }, rows[2].Cells);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_value_stays_text_and_ends_nothing()
    {
        var rows = Read("a;b\nc;x\"y;z\nd;\"q\"r;s\nt;u\n");

        // RFC 4180: x"y is plain text; "q" closes before r, which is appended (CsvHelper's reading of bad data).
        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.RowNumber));
        Assert.Equal(new string?[] { "c", "x\"y", "z" }, rows[1].Cells);
        Assert.Equal(new string?[] { "d", "qr", "s" }, rows[2].Cells);
        Assert.Equal(new string?[] { "t", "u" }, rows[3].Cells);
    }

    [Fact]
    public void Rows_already_passed_on_are_not_repeated_when_a_late_stray_quote_rereads_the_file()
    {
        var text = new StringBuilder("Geslacht;Leeftijd\n");
        for (var i = 0; i < 2_000; i++) text.Append("Vrouw;").Append(20 + i % 60).Append('\n');
        text.Append("Man;4\"0\nMan;50\n");

        var rows = Read(text.ToString());

        Assert.Equal(Enumerable.Range(1, 2_003), rows.Select(r => r.RowNumber));
        Assert.Equal(new string?[] { "Man", "4\"0" }, rows[^2].Cells);
    }

    [Fact]
    public void Columns_left_unread_once_the_header_is_mapped_hold_a_placeholder_while_blank_cells_stay_blank()
    {
        var text = new StringBuilder("Naam;Geslacht;Leeftijd\n");
        const int Rows = 6_000;
        for (var i = 0; i < Rows; i++) text.Append("Persoon ").Append(i).Append(";Vrouw;").Append(20 + i % 60).Append('\n');
        text.Append("Alleen een naam;;\n").Append("   ;;\n").Append("Jan;Man;40;extra\n");
        using var source = new CsvTabularSource(new MemoryStream(new UTF8Encoding(false).GetBytes(text.ToString())));
        using var table = new HeaderLocator(new IngestionPipelineOptions())
            .Locate(source.Sheets().Single(), cells => cells.Count(c => c is "Geslacht" or "Leeftijd"))!;

        table.ReadColumnsOnly([1, 2]);
        var rows = table.DataRows().ToList();

        // The reader is a few blocks ahead when told, so only the later rows are read without their names.
        Assert.Equal(Rows + 2, rows.Count);
        Assert.All(rows.Take(Rows), (row, i) => Assert.Equal(new[] { "Vrouw", (20 + i % 60).ToString() }, row.Cells[1..]));
        var unread = rows.Take(Rows).Select(r => r.Cells[0]).SkipWhile(c => c != UnreadColumns.Placeholder).ToList();
        Assert.InRange(unread.Count, Rows / 2, Rows);
        Assert.All(unread, c => Assert.Equal(UnreadColumns.Placeholder, c));
        // A row with only a name is still a row; a row of spaces is still blank; text beyond the header is still read.
        Assert.Equal(new string?[] { UnreadColumns.Placeholder, "", "" }, rows[^2].Cells);
        Assert.Equal(new string?[] { UnreadColumns.Placeholder, "Man", "40", "extra" }, rows[^1].Cells);
    }

    private static List<SourceRow> Read(string text)
    {
        using var source = new CsvTabularSource(new MemoryStream(new UTF8Encoding(false).GetBytes(text)));
        return source.Sheets().Single().Rows.ToList();
    }
}
