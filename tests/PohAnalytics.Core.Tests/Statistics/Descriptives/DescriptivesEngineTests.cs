using System.Globalization;
using System.Text.Json;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Testing;

namespace PohAnalytics.Core.Tests.Statistics.Descriptives;

/// <summary>The engine reproduces the report's chapter 3 tables and Table 4.1 from the fixture microdata.</summary>
public sealed class DescriptivesEngineTests
{
    private static async Task<DatasetDescriptives> SurveyAsync() =>
        DescriptivesEngine.Describe(PipelineRun.Codebook, await FixtureData.SurveyAsync());

    private static string OneDecimal(double? percent) => percent!.Value.ToString("0.0", CultureInfo.InvariantCulture);

    private static void AssertPercents(VariableDescription variable, params (string Code, string Printed)[] expected)
    {
        foreach (var (code, printed) in expected)
            Assert.True(OneDecimal(variable.Categories.Single(c => c.Code == code).Percent) == printed,
                $"{variable.Variable}/{code}: expected {printed}%, got {variable.Categories.Single(c => c.Code == code).Percent}");
    }

    [Fact]
    public async Task Reproduces_table_3_1_gender_and_age()
    {
        var d = await SurveyAsync();
        AssertPercents(d["gender"], ("vrouw", "70.9"), ("man", "29.1"));
        Assert.Equal(0, d["gender"].Categories.Single(c => c.Code == "anders").Count);
        var age = d["age"];
        Assert.Equal("50.5", age.Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal("8.7", age.Numeric.StandardDeviation!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal((31.0, 63.0), (age.Numeric.Min!.Value, age.Numeric.Max!.Value));
        AssertPercents(age, ("lt45", "22.8"), ("45to55", "41.8"), ("ge55", "35.4"));
        Assert.True(age.Numeric.MeanCi!.Value.Contains(age.Numeric.Mean!.Value));
    }

    [Fact]
    public async Task Reproduces_table_3_2_education_as_percent_of_respondents_and_training()
    {
        var d = await SurveyAsync();
        var education = d["education"];
        AssertPercents(education, ("spv", "44.3"), ("nursing_bachelor", "27.8"), ("psychology_msc", "20.3"), ("social_work_mh", "12.7"),
            ("nursing_hbo_b", "10.1"), ("nurse_specialist_mh", "3.8"), ("social_pedagogy_mh", "3.8"), ("applied_psychology", "1.3"),
            ("orthopedagogy_msc", "1.3"), ("other", "13.9"));
        Assert.Equal(79, education.NValid);
        Assert.Equal(110, education.Mentions);
        Assert.True(education.Categories.Sum(c => c.Percent) > 100);
        AssertPercents(d["poh_training"], ("completed_or_ongoing", "57.0"), ("no", "43.0"));
    }

    [Fact]
    public async Task Reproduces_table_3_3_experience_bins_and_practices()
    {
        var d = await SurveyAsync();
        AssertPercents(d["experience_poh_years"], ("lt2", "20.3"), ("2to4", "26.6"), ("4to8", "34.2"), ("ge8", "19.0"));
        AssertPercents(d["experience_professional_years"], ("lt10", "12.7"), ("10to20", "34.2"), ("20to30", "26.6"), ("ge30", "26.6"));
        Assert.Equal("5.0", d["experience_poh_years"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal("21.5", d["experience_professional_years"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        AssertPercents(d["practices_count"], ("2plus", "65.8"));
    }

    [Fact]
    public async Task Reproduces_table_3_4_employment()
    {
        var d = await SurveyAsync();
        AssertPercents(d["employment"], ("practice_employed", "26.6"), ("seconded_mh_provider", "26.6"), ("seconded_care_group", "21.5"),
            ("seconded_other", "19.0"), ("self_employed", "6.3"));
        Assert.Equal(0, d["employment"].Categories.Single(c => c.Code == "other").Count);
    }

    [Fact]
    public async Task Reproduces_tables_3_5_and_3_6_hours_cpd_and_intervision()
    {
        var d = await SurveyAsync();
        AssertPercents(d["hours_per_week"], ("ge28", "38.0"), ("16to28", "48.1"), ("lt16", "13.9"));
        AssertPercents(d["cpd_hours_12m"], ("ge20", "62.0"), ("lt20", "38.0"));
        AssertPercents(d["intervision_12m"], ("ge6", "78.5"), ("lt6", "21.5"));
        Assert.Equal("24.6", d["hours_per_week"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal("26.3", d["cpd_hours_12m"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Reproduces_figures_3_1_to_3_3_consultation_and_waiting_time()
    {
        var d = await SurveyAsync();
        AssertPercents(d["gp_consultation_fixed"], ("yes", "22.8"), ("partly", "35.4"), ("ad_hoc_only", "41.8"));
        AssertPercents(d["gp_consultation_frequency"], ("weekly", "67.1"), ("biweekly", "15.2"), ("three_weeks_or_less", "17.7"));
        AssertPercents(d["waiting_time_intake"], ("lt1w", "8.9"), ("1to2w", "53.2"), ("2to3w", "24.1"), ("ge3w", "13.9"));
    }

    [Fact]
    public async Task Reproduces_table_3_8_direct_patient_share_to_the_printed_whole_percent()
    {
        var bins = (await SurveyAsync())["direct_patient_share"].Categories;
        var printed = new[] { 4, 19, 30, 39, 8 };
        Assert.Equal(printed, bins.Select(b => (int)Math.Round(b.Percent!.Value, MidpointRounding.AwayFromZero)));
    }

    [Fact]
    public async Task Reproduces_table_3_9_consults_per_day()
    {
        var d = await SurveyAsync();
        AssertPercents(d["consults_per_day_total"], ("lt8", "16.5"), ("8", "20.3"), ("9", "17.7"), ("10", "26.6"), ("ge11", "19.0"));
        Assert.Equal("9.2", d["consults_per_day_total"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal("2.0", d["consults_intake_per_day"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal("7.2", d["consults_followup_per_day"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Reproduces_table_3_10_consult_durations()
    {
        var d = await SurveyAsync();
        Assert.Equal("49.9", d["duration_intake_min"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal("36.6", d["duration_followup_min"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal((20.0, 75.0), (d["duration_intake_min"].Numeric!.Min!.Value, d["duration_intake_min"].Numeric!.Max!.Value));
        Assert.Equal((20.0, 60.0), (d["duration_followup_min"].Numeric!.Min!.Value, d["duration_followup_min"].Numeric!.Max!.Value));
    }

    [Fact]
    public async Task Reproduces_the_study_column_of_table_4_1()
    {
        var d = await SurveyAsync();
        string Whole(double? v) => Math.Round(v!.Value, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        Assert.Equal("71", Whole(d["gender"].Categories.Single(c => c.Code == "vrouw").Percent));
        Assert.Equal("50.5", d["age"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal("44", Whole(d["education"].Categories.Single(c => c.Code == "spv").Percent));
        Assert.Equal("20", Whole(d["education"].Categories.Single(c => c.Code == "psychology_msc").Percent));
        Assert.Equal("5.0", d["experience_poh_years"].Numeric!.Mean!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "27", "27", "22", "19", "6" },
            new[] { "practice_employed", "seconded_mh_provider", "seconded_care_group", "seconded_other", "self_employed" }
                .Select(code => Whole(d["employment"].Categories.Single(c => c.Code == code).Percent)));
    }

    [Fact]
    public async Task Workload_statement_uses_the_63_asked_as_denominator()
    {
        var workload = (await SurveyAsync())["workload_high"];
        Assert.Equal(63, workload.NValid);
        Assert.Equal(16, workload.NEmpty);
        Assert.Equal(EmptyMeaning.NotAsked, workload.EmptyMeans);
        AssertPercents(workload, ("1", "3.2"), ("2", "14.3"), ("3", "22.2"), ("4", "41.3"), ("5", "19.0"));
        Assert.Equal(38, workload.Agreement!.Count);
        Assert.Equal("60.3", OneDecimal(workload.Agreement.Percent));
    }

    [Fact]
    public async Task Matches_the_independently_computed_expected_json()
    {
        var d = await SurveyAsync();
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(RepoPaths.Fixture("poh-ggz-vragenlijst-2019.expected.json")));
        var root = expected.RootElement;
        var parser = new CellParser(PipelineRun.Codebook);
        var categorical = new Dictionary<string, string>
        {
            ["gender"] = "gender", ["training"] = "poh_training", ["employment"] = "employment", ["practices"] = "practices_count",
            ["fixed"] = "gp_consultation_fixed", ["freq"] = "gp_consultation_frequency", ["wait"] = "waiting_time_intake",
            ["wave"] = "recruitment_wave", ["workload"] = "workload_high",
        };
        foreach (var (key, variableId) in categorical)
        {
            var variable = d[variableId];
            var section = root.GetProperty("categorical").GetProperty(key);
            Assert.Equal(section.GetProperty("n_valid").GetInt32(), variable.NValid);
            foreach (var count in section.GetProperty("counts").EnumerateObject())
            {
                var code = CodeOf(variableId, count.Name);
                var cell = variable.Categories.Single(c => c.Code == code);
                Assert.Equal(count.Value.GetInt32(), cell.Count);
                Assert.Equal(section.GetProperty("percent").GetProperty(count.Name).GetDouble(), Math.Round(cell.Percent!.Value, 1));
            }
        }
        var numeric = new Dictionary<string, string>
        {
            ["age"] = "age", ["exp_poh"] = "experience_poh_years", ["exp_prof"] = "experience_professional_years", ["hours"] = "hours_per_week",
            ["cpd"] = "cpd_hours_12m", ["intervision"] = "intervision_12m", ["intake"] = "consults_intake_per_day",
            ["followup"] = "consults_followup_per_day", ["total"] = "consults_per_day_total", ["dur_intake"] = "duration_intake_min",
            ["dur_follow"] = "duration_followup_min",
        };
        foreach (var (key, variableId) in numeric)
        {
            var summary = d[variableId].Numeric!;
            var section = root.GetProperty("numeric").GetProperty(key);
            Assert.Equal(section.GetProperty("n").GetInt32(), summary.N);
            Assert.Equal(section.GetProperty("mean").GetDouble(), summary.Mean!.Value, 0.006);
            Assert.Equal(section.GetProperty("sd").GetDouble(), summary.StandardDeviation!.Value, 0.006);
            Assert.Equal(section.GetProperty("median").GetDouble(), summary.Median!.Value, 1e-9);
            Assert.Equal(section.GetProperty("min").GetDouble(), summary.Min!.Value, 1e-9);
            Assert.Equal(section.GetProperty("max").GetDouble(), summary.Max!.Value, 1e-9);
        }
        var education = root.GetProperty("multi_response").GetProperty("edu");
        foreach (var count in education.GetProperty("counts").EnumerateObject())
        {
            var option = PipelineRun.Codebook["education"].Categories.Single(o => o.Aliases.Contains(count.Name) || o.Label.Nl == count.Name);
            var cell = d["education"].Categories.Single(c => c.Code == option.Code);
            Assert.Equal(count.Value.GetInt32(), cell.Count);
            Assert.Equal(education.GetProperty("percent_of_respondents").GetProperty(count.Name).GetDouble(), Math.Round(cell.Percent!.Value, 1));
        }

        string CodeOf(string variableId, string label) =>
            parser.Parse(new MappedColumn(0, variableId, PipelineRun.Codebook[variableId]), label).Text ?? throw new InvalidOperationException(label);
    }
}
