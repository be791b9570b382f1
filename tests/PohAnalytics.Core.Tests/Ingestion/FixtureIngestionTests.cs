using System.Text.Json;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Testing;

namespace PohAnalytics.Core.Tests.Ingestion;

/// <summary>The two shared fixtures ingest completely and reproduce their independently computed expected figures.</summary>
public sealed class FixtureIngestionTests
{
    private static readonly CellParser Parser = new(PipelineRun.Codebook);

    private static readonly Dictionary<string, string> SurveyVariables = new()
    {
        ["gender"] = "gender", ["training"] = "poh_training", ["employment"] = "employment", ["practices"] = "practices_count",
        ["fixed"] = "gp_consultation_fixed", ["freq"] = "gp_consultation_frequency", ["wait"] = "waiting_time_intake",
        ["wave"] = "recruitment_wave", ["workload"] = "workload_high", ["direct"] = "direct_patient_share",
        ["age"] = "age", ["exp_poh"] = "experience_poh_years", ["exp_prof"] = "experience_professional_years",
        ["hours"] = "hours_per_week", ["cpd"] = "cpd_hours_12m", ["intervision"] = "intervision_12m",
        ["intake"] = "consults_intake_per_day", ["followup"] = "consults_followup_per_day", ["total"] = "consults_per_day_total",
        ["dur_intake"] = "duration_intake_min", ["dur_follow"] = "duration_followup_min",
        ["consults"] = "consults_per_day_total", ["spv"] = "education__spv", ["psy"] = "education__psychology_msc",
    };

    [Fact]
    public async Task Survey_csv_ingests_all_79_rows_with_the_expected_counts()
    {
        var run = await PipelineRun.OfFileAsync(RepoPaths.Fixture("poh-ggz-vragenlijst-2019.csv"));

        Assert.Equal(79, run.Report.RowsAccepted);
        Assert.Equal(0, run.Report.RowsRejected);
        Assert.Equal("csv", run.Report.Format!.Kind);
        Assert.Equal(";", run.Report.Format.Delimiter);
        AssertMatchesExpected(run, "poh-ggz-vragenlijst-2019.expected.json");
    }

    [Fact]
    public async Task Member_poll_xlsx_ingests_all_407_rows_below_its_title_row()
    {
        var run = await PipelineRun.OfFileAsync(RepoPaths.Fixture("ledenpeiling-lv-poh-ggz-2018.xlsx"));

        Assert.Equal(407, run.Report.RowsAccepted);
        Assert.Equal(0, run.Report.RowsRejected);
        Assert.Equal(2, run.Report.HeaderRowNumber);
        Assert.Equal("Antwoorden", run.Report.Format!.Sheet);
        AssertMatchesExpected(run, "ledenpeiling-lv-poh-ggz-2018.expected.json");
    }

    [Fact]
    public async Task Names_and_email_addresses_never_reach_the_curated_columns()
    {
        var run = await PipelineRun.OfFileAsync(RepoPaths.Fixture("poh-ggz-vragenlijst-2019.csv"));

        Assert.Contains(run.Report.DroppedColumns, c => c.Header == "Naam");
        Assert.Contains(run.Report.DroppedColumns, c => c.Header == "E-mailadres");
        var everyValue = run.Sink.Columns.Values.SelectMany(v => v).OfType<string>().ToList();
        Assert.DoesNotContain(everyValue, v => v.Contains('@'));
        Assert.DoesNotContain(everyValue, v => v.Contains("Mulder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Workload_item_put_to_63_respondents_counts_16_as_not_asked()
    {
        var run = await PipelineRun.OfFileAsync(RepoPaths.Fixture("poh-ggz-vragenlijst-2019.csv"));

        Assert.Equal(16, run.Report.NotAsked["workload_high"]);
        Assert.False(run.Report.Missing.ContainsKey("workload_high"));
        Assert.Equal(63, run.Sink.Columns["workload_high"].Count(v => v is not null));
    }

    [Fact]
    public async Task Member_poll_education_options_it_did_not_ask_are_null_not_false()
    {
        var run = await PipelineRun.OfFileAsync(RepoPaths.Fixture("ledenpeiling-lv-poh-ggz-2018.xlsx"));

        Assert.All(run.Sink.Columns["education__social_work_mh"], v => Assert.Null(v));
        Assert.All(run.Sink.Columns["education__spv"], v => Assert.NotNull(v));
    }

    private static void AssertMatchesExpected(PipelineRun run, string expectedFile)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture(expectedFile)));
        var root = expected.RootElement;
        Assert.Equal(root.GetProperty("n").GetInt32(), run.Report.RowsAccepted);

        foreach (var variable in root.GetProperty("categorical").EnumerateObject())
        {
            var column = SurveyVariables[variable.Name];
            var values = run.Sink.Columns[column];
            Assert.Equal(variable.Value.GetProperty("n_valid").GetInt32(), values.Count(v => v is not null));
            foreach (var count in variable.Value.GetProperty("counts").EnumerateObject())
                Assert.True(count.Value.GetInt32() == values.Count(v => Equals(v, Canonical(column, count.Name))),
                    $"{variable.Name} = {count.Name}: expected {count.Value.GetInt32()}, got {values.Count(v => Equals(v, Canonical(column, count.Name)))}");
        }
        foreach (var variable in root.GetProperty("numeric").EnumerateObject())
        {
            var numbers = run.Sink.Numbers(SurveyVariables[variable.Name]).ToList();
            var e = variable.Value;
            Assert.Equal(e.GetProperty("n").GetInt32(), numbers.Count);
            Assert.Equal(e.GetProperty("min").GetDouble(), numbers.Min(), 9);
            Assert.Equal(e.GetProperty("max").GetDouble(), numbers.Max(), 9);
            Assert.True(Math.Abs(e.GetProperty("mean").GetDouble() - numbers.Average()) < 0.051, $"{variable.Name} mean {numbers.Average()}");
        }
        if (root.TryGetProperty("multi_response", out var multi))
        {
            foreach (var variable in multi.EnumerateObject())
                foreach (var count in variable.Value.GetProperty("counts").EnumerateObject())
                {
                    var option = PipelineRun.Codebook["education"].Categories.Single(c => c.Aliases.Contains(count.Name));
                    Assert.Equal(count.Value.GetInt32(), run.Sink.Count($"education__{option.Code}", true));
                }
        }
    }

    /// <summary>The curated value of an export label, through the codebook (numbers and 0/1 flags as such).</summary>
    private static object? Canonical(string column, string label)
    {
        if (column.StartsWith("education__", StringComparison.Ordinal)) return label == "1";
        var variable = PipelineRun.Codebook[column];
        var parsed = Parser.Parse(new MappedColumn(0, label, variable), label);
        Assert.Null(parsed.Error);
        return variable.Type switch
        {
            VariableType.Likert => (int?)parsed.Number,
            VariableType.Number => (object?)parsed.Number,
            _ => parsed.Text,
        };
    }
}
