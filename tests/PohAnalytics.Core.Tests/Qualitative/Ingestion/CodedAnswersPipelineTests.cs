using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Qualitative.Ingestion;

namespace PohAnalytics.Core.Tests.Qualitative.Ingestion;

/// <summary>Both coded fixtures ingest completely into the long schema; bad codes and unknown files are refused clearly.</summary>
public sealed class CodedAnswersPipelineTests
{
    [Fact]
    public async Task Success_factors_wide_file_ingests_every_respondent_and_mention()
    {
        var run = await CodedRun.OfFixtureAsync(CodedRun.SuccessFactors);

        Assert.Equal(90, run.Report.RowsRead);
        Assert.Equal(90, run.Report.RowsAccepted);
        Assert.Equal(0, run.Report.RowsRejected);
        Assert.Empty(run.Report.UnmappedColumns);
        var type = run.Column("respondent_type");
        var respondents = run.Column(CodedAnswerColumns.RespondentId);
        Assert.Equal(49, respondents.Where((_, i) => type[i] == "poh_ggz").Distinct().Count());
        Assert.Equal(41, respondents.Where((_, i) => type[i] == "gp").Distinct().Count());
        var codes = run.Column(CodedAnswerColumns.Code);
        Assert.Equal(146, codes.Where((c, i) => c is not null && type[i] == "poh_ggz").Count());
        Assert.Equal(114, codes.Where((c, i) => c is not null && type[i] == "gp").Count());
        Assert.Equal(23, codes.Where((c, i) => c == "accessible_care" && type[i] == "poh_ggz").Count());
        Assert.All(run.Column(CodedAnswerColumns.Theme), Assert.NotNull);
    }

    [Fact]
    public async Task Interviews_long_file_ingests_every_row_with_its_theme_and_sub_theme()
    {
        var run = await CodedRun.OfFixtureAsync(CodedRun.Interviews);

        Assert.Equal(114, run.Report.RowsAccepted);
        Assert.Equal(0, run.Report.RowsRejected);
        Assert.Equal(12, run.Column(CodedAnswerColumns.RespondentId).Distinct().Count());
        Assert.Equal(7, run.Column(CodedAnswerColumns.Theme).Distinct().Count());
        Assert.Equal(37, run.Column(CodedAnswerColumns.Code).Distinct().Count());
        var pair = run.Column(CodedAnswerColumns.RespondentId).IndexOf("6&7");
        Assert.Equal("other_health;other_non_health", run.Column("background")[pair]);
        Assert.Equal("government_financier", run.Column("represents")[pair]);
        Assert.Equal("gp_care", run.Column("primary_domain")[pair]);
        // The same label in two themes stays two codes; the PDF's "ti" ligature still finds its code.
        Assert.Contains("lack_of_team", run.Column(CodedAnswerColumns.Code));
        Assert.Contains("lack_of_team_in_practice", run.Column(CodedAnswerColumns.Code));
        Assert.Contains("space_and_money", run.Column(CodedAnswerColumns.Code));
    }

    [Fact]
    public async Task A_respondent_without_mentions_keeps_one_row_without_theme_and_code()
    {
        var run = await CodedRun.OfTextAsync(
            "Respondentnummer;Respondenttype;Succesfactor 1 (gecodeerd);Succesfactor 2 (gecodeerd)\n" +
            "R1;POH-GGZ;Korte lijnen;Werkplezier\nR2;Huisarts;;\n");

        Assert.Equal(2, run.Report.RowsAccepted);
        Assert.Equal(["R1", "R1", "R2"], run.Column(CodedAnswerColumns.RespondentId));
        Assert.Equal(["short_lines", "job_satisfaction", null], run.Column(CodedAnswerColumns.Code));
        Assert.Equal(["gp"], run.Column("respondent_type").Skip(2));
    }

    [Fact]
    public async Task An_unknown_code_rejects_the_row_with_row_column_value_and_reason()
    {
        var run = await CodedRun.OfTextAsync(
            "Respondentnummer;Respondenttype;Succesfactor 1 (gecodeerd);Succesfactor 2 (gecodeerd)\n" +
            "R1;POH-GGZ;Korte lijnen;Goede koffie\nR2;Huisarts;Werkplezier;\n");

        Assert.Equal(1, run.Report.RowsRejected);
        var error = Assert.Single(run.Report.FirstErrors);
        Assert.Equal(2, error.RowNumber);
        Assert.Equal("Succesfactor 2 (gecodeerd)", error.Column);
        Assert.Equal("Goede koffie", error.Value);
        Assert.StartsWith("unknown code", error.Reason);
        Assert.Equal(["R2"], run.Column(CodedAnswerColumns.RespondentId));
        Assert.Equal(2, Assert.Single(run.Rejects.Rows).RowNumber);
    }

    [Fact]
    public async Task A_sub_theme_under_the_wrong_theme_is_rejected()
    {
        var run = await CodedRun.OfTextAsync(
            "Geïnterviewde;Vertegenwoordigt;Thema;Subthema\n" +
            "1;Overheid/financier;2 Beroepsontwikkeling van de VS;Minder stigma\n");

        var error = Assert.Single(run.Report.FirstErrors);
        Assert.Equal("Subthema", error.Column);
        Assert.Contains("Kwaliteit voor de patiënt", error.Reason);
    }

    [Fact]
    public async Task Long_file_below_a_title_row_without_theme_column_resolves_the_theme_from_the_code()
    {
        var run = await CodedRun.OfTextAsync(
            "Codering interviews VS GGZ\n\nGeïnterviewde;Primaire doelgroep;Subthema\n3;VS;Minder stigma\n4;Sociaal domein;Grotere contracten mogelijk maken\n");

        Assert.Equal(3, run.Report.HeaderRowNumber);
        Assert.Equal(["quality_for_patient", "implementation_conditions"], run.Column(CodedAnswerColumns.Theme));
        Assert.Equal(["nurse_specialists", "Sociaal domein"], run.Column("primary_domain"));
    }

    [Fact]
    public async Task Personal_data_columns_are_dropped_before_anything_is_written()
    {
        var run = await CodedRun.OfTextAsync(
            "Respondentnummer;E-mailadres;Respondenttype;Opmerking;Succesfactor 1 (gecodeerd)\n" +
            "R1;a@b.nl;POH-GGZ;jan@example.org;Korte lijnen\nR2;c@d.nl;Huisarts;piet@example.org;Werkplezier\n");

        Assert.Equal(["E-mailadres", "Opmerking"], run.Report.DroppedColumns.Select(c => c.Header));
        Assert.Empty(run.Report.UnmappedColumns);
        Assert.Equal(2, run.Report.RowsAccepted);
    }

    [Fact]
    public async Task A_file_matching_no_code_list_is_unreadable_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<UnreadableFileException>(() =>
            CodedRun.OfTextAsync("Naam;Leeftijd;Favoriete kleur\nA;30;blauw\n", "kleuren.csv"));

        Assert.Contains("kleuren.csv", error.Message);
        Assert.Contains("matches a code list", error.Message);
        Assert.Contains("Succesfactor {n} (gecodeerd)", error.Message);
    }

    [Fact]
    public async Task Detection_names_the_code_list_of_each_fixture_and_none_for_a_survey()
    {
        using var wide = File.OpenRead(PohAnalytics.Testing.RepoPaths.Fixture(CodedRun.SuccessFactors));
        using var longFile = File.OpenRead(PohAnalytics.Testing.RepoPaths.Fixture(CodedRun.Interviews));
        using var survey = File.OpenRead(PohAnalytics.Testing.RepoPaths.Fixture("poh-ggz-vragenlijst-2019.csv"));

        Assert.Equal("succesfactoren", (await CodedRun.Pipeline.TryDetectAsync(wide))?.Id);
        Assert.Equal("vs-ggz-interviews", (await CodedRun.Pipeline.TryDetectAsync(longFile))?.Id);
        Assert.Null(await CodedRun.Pipeline.TryDetectAsync(survey));
        Assert.True(wide.CanRead);
        Assert.Equal(0, wide.Position);
    }
}
