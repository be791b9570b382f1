using System.Text;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>CSV dialects seen in real exports: separators, encodings, quoting, title rows.</summary>
public sealed class FormatDetectionTests
{
    [Theory]
    [InlineData(";")]
    [InlineData(",")]
    [InlineData("\t")]
    public async Task Detects_the_delimiter(string delimiter)
    {
        var text = string.Join("\n", new[] { "Geslacht|Leeftijd|Dienstverband", "Vrouw|45|Zzp-contract", "Man|51|Anders" }).Replace("|", delimiter);

        var run = await PipelineRun.OfTextAsync(text);

        Assert.Equal(2, run.Report.RowsAccepted);
        Assert.Equal(delimiter == "\t" ? "tab" : delimiter, run.Report.Format!.Delimiter);
    }

    [Fact]
    public async Task Semicolon_file_with_decimal_commas_is_not_mistaken_for_comma_separated()
    {
        var run = await PipelineRun.OfTextAsync("Geslacht;Werkervaring als POH-GGZ (jaren);Werkervaring als hulpverlener (jaren)\nVrouw;1,8;9,8\nMan;0,3;5,9\nVrouw;2,2;7,1\n");

        Assert.Equal(";", run.Report.Format!.Delimiter);
        Assert.Equal([1.8, 0.3, 2.2], run.Sink.Numbers("experience_poh_years"));
    }

    [Fact]
    public async Task Reads_windows_1252_files_from_dutch_excel()
    {
        var text = "Geslacht;Frequentie patiëntgebonden overleg met huisarts\nVrouw;Minstens 1x per week\n";

        var run = await PipelineRun.OfTextAsync(text, encoding: CodePagesEncoding());

        Assert.Equal("windows-1252", run.Report.Format!.Encoding);
        Assert.Equal(1, run.Sink.Count("gp_consultation_frequency", "weekly"));
    }

    [Fact]
    public async Task Reads_utf8_with_byte_order_mark()
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes("Geslacht;Leeftijd\nVrouw;40\n")).ToArray();

        var run = await PipelineRun.OfStreamAsync(new MemoryStream(bytes), "bom.csv");

        Assert.Equal("utf-8-bom", run.Report.Format!.Encoding);
        Assert.Equal(1, run.Report.RowsAccepted);
    }

    [Fact]
    public async Task Quoted_fields_may_hold_the_delimiter()
    {
        var run = await PipelineRun.OfTextAsync("Geslacht,Dienstverband\nVrouw,\"Detachering vanuit een zorggroep, huisartsenvereniging of -cooperatie\"\n");

        Assert.Equal(1, run.Sink.Count("employment", "seconded_care_group"));
    }

    [Fact]
    public async Task Finds_the_header_below_title_rows()
    {
        var run = await PipelineRun.OfTextAsync("Ledenpeiling 2020;;\nGeëxporteerd op 1-2-2020;;\nGeslacht;Leeftijd;Dienstverband\nVrouw;44;Anders\n");

        Assert.Equal(3, run.Report.HeaderRowNumber);
        Assert.Equal(1, run.Report.RowsAccepted);
    }

    [Fact]
    public async Task English_headers_and_labels_map_to_the_same_variables()
    {
        var run = await PipelineRun.OfTextAsync("Gender,Age,Employment\nFemale,44,Self-employed\nMale,39,Other\n");

        Assert.Equal(2, run.Report.RowsAccepted);
        Assert.Equal(1, run.Sink.Count("gender", "vrouw"));
        Assert.Equal(1, run.Sink.Count("employment", "self_employed"));
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
