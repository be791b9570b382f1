using System.Text;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Statistics.Representativeness;
using PohAnalytics.Core.Tests.Statistics.Descriptives;
using PohAnalytics.Testing;
using TestBenchmarks = PohAnalytics.Core.Tests.Statistics.Representativeness.Benchmarks;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>
/// A respondent who leaves every option of a multi-response item empty did not answer it: not asked (or item
/// nonresponse when the item has a "none of these" option), outside every denominator; an empty cell beside a ticked
/// option is still "not chosen".
/// </summary>
public sealed class MultiResponseRuleTests
{
    private const string Header = "Respondentnummer;Geslacht;Opleiding [SPV];Opleiding [Psychologie];Opleiding [Anders]";

    [Fact]
    public async Task An_all_empty_row_is_not_asked_and_leaves_every_option_percentage_of_the_asked()
    {
        var run = await PipelineRun.OfTextAsync(Header + "\n" + string.Join("\n",
            "R1;Vrouw;Ja;;",        // asked: SPV
            "R2;Man;;Ja;Ja",        // asked: psychology, other
            "R3;Vrouw;;;",          // all empty: not asked
            "R4;Vrouw;Nee;Nee;Nee", // asked, ticked none (explicitly)
            "R5;Man;;;n.v.t.",      // all empty (a missing-value token is empty): not asked
            "R6;Vrouw;Ja;;Ja") + "\n");

        Assert.Equal(6, run.Report.RowsAccepted);
        Assert.Equal([true, false, null, false, null, true], run.Sink.Columns["education__spv"]);
        Assert.Equal([false, true, null, false, null, false], run.Sink.Columns["education__psychology_msc"]);
        Assert.Equal(2, run.Report.NotAsked["education"]);
        Assert.False(run.Report.Missing.ContainsKey("education"));

        var education = DescriptivesEngine.Describe(PipelineRun.Codebook["education"], FixtureData.FromSink(run.Sink, 6));
        // By hand: 4 respondents asked (R1, R2, R4, R6); SPV 2 of 4, psychology 1 of 4, other 2 of 4.
        // Counting R3 and R5 as asked would give 2/6 = 33.3%, 1/6 = 16.7% and 2/6 = 33.3%.
        Assert.Equal(4, education.NValid);
        Assert.Equal(2, education.NEmpty);
        Assert.Equal(EmptyMeaning.NotAsked, education.EmptyMeans);
        Assert.Equal(50.0, Option(education, "spv").Percent!.Value, 9);
        Assert.Equal(25.0, Option(education, "psychology_msc").Percent!.Value, 9);
        Assert.Equal(50.0, Option(education, "other").Percent!.Value, 9);
        Assert.All(new[] { "spv", "psychology_msc", "other" }, code => Assert.Equal(4, Option(education, code).N));
        Assert.Equal(0, Option(education, "nursing_bachelor").N);   // not in the export: asked of no one
    }

    [Fact]
    public async Task Representativeness_compares_an_option_among_the_respondents_asked()
    {
        var run = await PipelineRun.OfTextAsync(Header + "\nR1;Vrouw;Ja;;\nR2;Man;;;\nR3;Vrouw;;Ja;\nR4;Vrouw;;;\n");
        var data = FixtureData.FromSink(run.Sink, 4);

        var benchmark = TestBenchmarks.Of(100, TestBenchmarks.Percent("education", "spv", 40));
        var spv = RepresentativenessEngine.Compare(PipelineRun.Codebook, data, benchmark).Proportions.Single();

        Assert.Equal(2.0, spv.SampleN);         // R1 and R3; R2 and R4 left the item empty
        Assert.Equal(50.0, spv.SamplePercent!.Value, 9);
    }

    [Fact]
    public async Task With_a_none_option_an_all_empty_row_is_item_nonresponse_and_ticking_none_is_asked()
    {
        var codebook = WithNoneOption(PipelineRun.Codebook);
        var text = Header + ";Opleiding [Geen van deze]\n" + string.Join("\n",
            "R1;Vrouw;Ja;;;",    // SPV
            "R2;Man;;;;Ja",      // only "none of these": asked, ticked none
            "R3;Vrouw;;;;",      // nothing at all: item nonresponse
            "R4;Vrouw;;Ja;Ja;") + "\n";
        var sink = new CollectingSink();
        var report = await new IngestionPipeline(codebook).RunAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(text)), "none.csv", sink, new CollectingRejects());

        Assert.Equal(4, report.RowsAccepted);
        Assert.Equal([false, true, null, false], sink.Columns["education__none"]);
        Assert.Equal([true, false, null, false], sink.Columns["education__spv"]);
        Assert.Equal(1, report.Missing["education"]);
        Assert.False(report.NotAsked.ContainsKey("education"));

        var data = FixtureData.Of(4, Flags(sink, "spv"), Flags(sink, "psychology_msc"), Flags(sink, "other"), Flags(sink, "none"));
        var education = DescriptivesEngine.Describe(codebook["education"], data);
        // By hand: 3 respondents answered (R1, R2, R4); SPV, psychology, other and "none" each 1 of 3.
        Assert.Equal(3, education.NValid);
        Assert.Equal(EmptyMeaning.Missing, education.EmptyMeans);
        foreach (var code in new[] { "spv", "psychology_msc", "other", "none" })
            Assert.Equal(100.0 / 3, Option(education, code).Percent!.Value, 9);
    }

    [Fact]
    public async Task Unchecked_when_all_empty_keeps_the_old_reading_as_asked_ticked_none()
    {
        var education = PipelineRun.Codebook["education"] with { WhenAllEmpty = EmptyMeaning.Unchecked };
        var codebook = PipelineRun.Codebook with
        {
            Variables = [.. PipelineRun.Codebook.Variables.Select(v => v.Id == "education" ? education : v)],
        };
        var sink = new CollectingSink();
        await new IngestionPipeline(codebook).RunAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(Header + "\nR1;Vrouw;Ja;;\nR2;Man;;;\n")), "old.csv", sink, new CollectingRejects());

        Assert.Equal([true, false], sink.Columns["education__spv"]);
    }

    [Fact]
    public async Task Survey_fixture_percentages_fall_to_the_respondents_who_answered_when_some_leave_education_empty()
    {
        var lines = File.ReadAllText(RepoPaths.Fixture("poh-ggz-vragenlijst-2019.csv")).Split("\r\n");
        var header = lines[0].TrimStart('\uFEFF').Split(';');
        var options = Enumerable.Range(0, header.Length)
            .Where(i => header[i].StartsWith("Opleiding [", StringComparison.Ordinal)).ToArray();
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')).ToList();
        // The export as shipped: every one of the 79 ticked at least one option, so its figures (Table 3.2) stay.
        Assert.All(rows, r => Assert.Contains(options, i => r[i] == "Ja"));
        var blanked = rows.Where((_, i) => i % 10 == 0).ToList();   // respondents 1, 11, …, 71 leave the item empty
        foreach (var row in blanked)
            foreach (var i in options) row[i] = "";
        var edited = lines[0] + "\r\n" + string.Join("\r\n", rows.Select(r => string.Join(';', r))) + "\r\n";

        var run = await PipelineRun.OfTextAsync(edited, "edited.csv");
        var education = DescriptivesEngine.Describe(PipelineRun.Codebook["education"], FixtureData.FromSink(run.Sink, rows.Count));

        var asked = rows.Count - blanked.Count;
        Assert.Equal(71, asked);
        Assert.Equal(asked, education.NValid);
        Assert.Equal(blanked.Count, run.Report.NotAsked["education"]);
        var spvColumn = Array.IndexOf(header, "Opleiding [Sociaal psychiatrisch verpleegkundige]");
        var spv = rows.Count(r => r[spvColumn] == "Ja");
        Assert.Equal(100.0 * spv / asked, Option(education, "spv").Percent!.Value, 9);
        Assert.NotEqual(100.0 * spv / rows.Count, Option(education, "spv").Percent!.Value, 3);
    }

    private static CategoryFrequency Option(VariableDescription description, string code) =>
        description.Categories.Single(c => c.Code == code);

    private static (string, Array) Flags(CollectingSink sink, string option) =>
        ($"education__{option}", sink.Columns[$"education__{option}"].Select(v => (bool?)v).ToArray());

    private static CodebookDefinition WithNoneOption(CodebookDefinition codebook)
    {
        var none = new CategoryDefinition("none", new LocalizedText("Geen van deze", "None of these"), ["Geen van deze"]);
        var education = codebook["education"] with
        {
            Categories = [.. codebook["education"].Categories, none], NoneOption = "none", WhenAllEmpty = null,
        };
        return codebook with { Variables = [.. codebook.Variables.Select(v => v.Id == "education" ? education : v)] };
    }
}
