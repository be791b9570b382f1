using System.Globalization;
using System.Text;
using CsvHelper;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Tests.Application;

/// <summary>The rejects CSV neutralises formula injection (OWASP) and leaves ordinary values alone.</summary>
public sealed class RejectsCsvWriterTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    public async Task Formula_looking_cells_are_written_with_a_leading_apostrophe(string value, string written)
    {
        var fields = await WriteAndReadAsync(value);

        Assert.Equal(written, fields[2]);
    }

    [Theory]
    [InlineData("vrouw")]
    [InlineData("42")]
    [InlineData("-2")]
    [InlineData("-2.5")]
    [InlineData("-2,5")]
    [InlineData("")]
    [InlineData("a=b")]
    [InlineData("Zeer oneens; \"soms\"")]
    public async Task Ordinary_values_and_plain_negative_numbers_are_written_unchanged(string value)
    {
        var fields = await WriteAndReadAsync(value);

        Assert.Equal(value, fields[2]);
    }

    [Fact]
    public async Task The_reasons_column_is_neutralised_too_when_a_column_name_starts_with_a_formula_character()
    {
        var fields = await WriteAndReadAsync("x", column: "=HYPERLINK(\"http://evil\")");

        Assert.StartsWith("'=", fields[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_guard_treats_null_as_empty()
    {
        Assert.Equal("", CsvFormulaGuard.Neutralise(null));
    }

    private static async Task<string[]> WriteAndReadAsync(string value, string column = "age")
    {
        using var output = new MemoryStream();
        await using (var writer = new RejectsCsvWriter(output))
        {
            var row = new RejectedRow(
                7, [new CellError(7, column, value, "not a number")], [new KeyValuePair<string, string?>(column, value)]);
            await writer.AddAsync(row, CancellationToken.None);
        }
        output.Position = 0;
        using var reader = new StreamReader(output, Encoding.UTF8);
        var configuration = new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" };
        using var csv = new CsvReader(reader, configuration);
        Assert.True(await csv.ReadAsync());
        Assert.True(await csv.ReadAsync());
        return [csv.GetField(0)!, csv.GetField(1)!, csv.GetField(2)!];
    }
}
