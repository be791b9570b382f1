using System.Text;
using System.Text.Json;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Disclosure;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Core.Tests.Qualitative.Ingestion;

namespace PohAnalytics.Core.Tests.Disclosure;

/// <summary>
/// Personal data typed into an open category is refused cell by cell at ingestion: the report names row, column and
/// kind without the value, and neither the curated output nor the rejects hold the value.
/// </summary>
public sealed class PersonalDataIngestionTests
{
    private static readonly (string Value, PersonalDataKind Kind)[] IssueValues =
    [
        ("Saskia Mulder", PersonalDataKind.PersonName),
        ("Jan Jansen <jan.jansen@example.nl>", PersonalDataKind.Email),
        ("+31 6 12345678", PersonalDataKind.Phone),
        ("BSN 123456782", PersonalDataKind.Bsn),
        ("Keizersgracht 12, 1015 CX Amsterdam", PersonalDataKind.StreetAddress),
        ("jan.jansen at example.nl", PersonalDataKind.Email),
    ];

    private static readonly string[] Regions =
        ["Utrecht", "Amsterdam", "Noord-Holland", "Den Haag", "Zuid-Limburg", "Regio Nijmegen", "Rivierenland", "Het Gooi"];

    /// <summary>Two clean rows per region (so the column is kept: few of its values are personal), then the issue's values.</summary>
    private static string Survey()
    {
        var text = new StringBuilder("Respondentnummer;Geslacht;Leeftijd;Regio\n");
        var n = 0;
        foreach (var region in Regions.Concat(Regions))
            text.Append($"R{++n};Vrouw;40;{region}\n");
        foreach (var (value, _) in IssueValues)
            text.Append($"R{++n};Man;50;\"{value}\"\n");
        return text.ToString();
    }

    /// <summary>The header is row 1, so the k-th issue value (0-based) is on row 2 + 16 + k.</summary>
    private static int RowOf(int issueIndex) => 2 + 2 * Regions.Length + issueIndex;

    [Fact]
    public async Task Report_flags_each_personal_cell_with_row_column_and_kind_but_not_the_value()
    {
        var run = await PipelineRun.OfTextAsync(Survey(), "regio.csv");

        Assert.Empty(run.Report.DroppedColumns);
        Assert.Equal(IssueValues.Length, run.Report.RowsRejected);
        Assert.Equal(IssueValues.Length, run.Report.PersonalDataCells);
        for (var i = 0; i < IssueValues.Length; i++)
        {
            var (value, kind) = IssueValues[i];
            var error = Assert.Single(run.Report.FirstErrors, e => e.RowNumber == RowOf(i));
            Assert.Equal("Regio", error.Column);
            Assert.Equal(kind, error.PersonalData);
            Assert.Equal(new PersonalDataFinding(kind).Reason, error.Reason);
            Assert.Equal(new PersonalDataFinding(kind).Placeholder, error.Value);
            Assert.DoesNotContain(value, error.Describe("regio.csv"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Personal_values_reach_neither_the_curated_output_nor_the_rejects_nor_the_report()
    {
        var run = await PipelineRun.OfTextAsync(Survey(), "regio.csv");

        var curated = run.Sink.Columns.Values.SelectMany(v => v).OfType<string>().ToList();
        Assert.Equal(2 * Regions.Length, run.Report.RowsAccepted);
        Assert.Equal(Regions.Concat(Regions), run.Sink.Columns["region"].Cast<string>());
        using var rejectsCsv = new MemoryStream();
        await using (var writer = new RejectsCsvWriter(rejectsCsv))
            foreach (var row in run.Rejects.Rows) await writer.AddAsync(row, CancellationToken.None);
        var rejectsText = Encoding.UTF8.GetString(rejectsCsv.ToArray());
        var reportJson = JsonSerializer.Serialize(run.Report);

        Assert.Contains("[e-mail removed]", rejectsText);
        foreach (var (value, _) in IssueValues)
        {
            Assert.DoesNotContain(curated, c => c.Contains(value, StringComparison.Ordinal));
            Assert.DoesNotContain(run.Rejects.Rows.SelectMany(r => r.Cells), c => c.Value == value);
            Assert.DoesNotContain(value, rejectsText, StringComparison.Ordinal);
            Assert.DoesNotContain(JsonEncodedText.Encode(value).ToString(), reportJson, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("jan.jansen", rejectsText + reportJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_personal_value_in_a_closed_category_is_masked_too()
    {
        var run = await PipelineRun.OfTextAsync("Respondentnummer;Geslacht;Leeftijd\nR1;jan@example.nl;40\nR2;Vrouw;41\n");

        var error = Assert.Single(run.Report.FirstErrors);
        Assert.Equal("Geslacht", error.Column);
        Assert.Equal("[e-mail removed]", error.Value);
        Assert.Equal("unknown category; looks like an e-mail address", error.Reason);
        Assert.Equal(PersonalDataKind.Email, error.PersonalData);
        Assert.Contains(Assert.Single(run.Rejects.Rows).Cells, c => c.Key == "Geslacht" && c.Value == "[e-mail removed]");
    }

    [Fact]
    public async Task A_bsn_as_respondent_number_is_refused_as_personal_data()
    {
        var run = await PipelineRun.OfTextAsync(
            "Respondentnummer;Geslacht;Leeftijd\n123456782;Vrouw;40\nR2;Man;41\nR3;Man;42\nR4;Vrouw;43\n");

        var error = Assert.Single(run.Report.FirstErrors);
        Assert.Equal(PersonalDataKind.Bsn, error.PersonalData);
        Assert.Equal("[BSN removed]", error.Value);
        Assert.DoesNotContain("123456782", run.Sink.Columns["respondent_id"].OfType<string>());
    }

    [Fact]
    public async Task Ordinary_invalid_values_are_still_reported_as_written()
    {
        var run = await PipelineRun.OfTextAsync("Respondentnummer;Geslacht;Leeftijd\nR1;Vrouw;212\n");

        var error = Assert.Single(run.Report.FirstErrors);
        Assert.Equal("212", error.Value);
        Assert.Null(error.PersonalData);
        Assert.Equal(0, run.Report.PersonalDataCells);
    }

    [Fact]
    public async Task A_column_of_names_is_dropped_whatever_its_header_and_the_reason_names_the_kind()
    {
        var run = await PipelineRun.OfTextAsync(
            "Geslacht;Leeftijd;Contactpersoon\nVrouw;40;Jan Jansen\nMan;50;J. de Vries\nVrouw;45;Anna van den Berg\n");

        var dropped = Assert.Single(run.Report.DroppedColumns);
        Assert.Equal("Contactpersoon", dropped.Header);
        Assert.Contains("a person's name", dropped.Detail);
        Assert.DoesNotContain(run.Sink.Columns.Values.SelectMany(v => v).OfType<string>(), v => v.Contains("Jansen"));
    }

    [Fact]
    public async Task An_open_attribute_of_coded_answers_holding_a_name_is_refused_and_masked()
    {
        var run = await CodedRun.OfTextAsync(
            "Geïnterviewde;Primaire doelgroep;Subthema\n" +
            "1;Sociaal domein;Minder stigma\n2;VS;Minder stigma\n3;GGZ;Minder stigma\n4;Huisartsenzorg;Minder stigma\n" +
            "5;Pieter de Boer;Minder stigma\n");

        Assert.Empty(run.Report.DroppedColumns);
        var error = Assert.Single(run.Report.FirstErrors);
        Assert.Equal(6, error.RowNumber);
        Assert.Equal("Primaire doelgroep", error.Column);
        Assert.Equal(PersonalDataKind.PersonName, error.PersonalData);
        Assert.Equal("[name removed]", error.Value);
        Assert.DoesNotContain(run.Rejects.Rows.SelectMany(r => r.Cells), c => c.Value == "Pieter de Boer");
        Assert.DoesNotContain("Pieter de Boer", run.Column("primary_domain"));
    }
}
