using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PohAnalytics.Testing;

namespace PohAnalytics.Functions.Tests;

/// <summary>Descriptives, benchmarks and representativeness over HTTP, on the fixtures uploaded through the real pipeline.</summary>
[Collection(RunnerCollection.Name)]
public sealed class AnalyticsEndpointTests(RunnerFixture runner)
{
    private const string SurveyId = "poh-ggz-vragenlijst-2019";
    private const string PollId = "ledenpeiling-lv-poh-ggz-2018";

    private Task EnsureSurveyAsync() => EnsureUploadedAsync("poh-ggz-vragenlijst-2019.csv", "POH-GGZ vragenlijst 2019", "survey", "2017-2019");

    private Task EnsurePollAsync() => EnsureUploadedAsync("ledenpeiling-lv-poh-ggz-2018.xlsx", "Ledenpeiling LV POH-GGZ 2018", "member-poll", "2018");

    /// <summary>Uploads a fixture (a repeat upload returns the existing ingestion) and waits until it is ingested.</summary>
    private async Task EnsureUploadedAsync(string fixture, string name, string kind, string wave)
    {
        var bytes = await File.ReadAllBytesAsync(RepoPaths.Fixture(fixture));
        var response = await runner.UploadAsync(bytes, fixture, name, kind, wave: wave);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString()!;
        Assert.Equal("succeeded", (await runner.WaitForCompletionAsync(id)).GetProperty("status").GetString());
    }

    private static JsonElement Variable(JsonElement body, string id) =>
        body.GetProperty("variables").EnumerateArray().Single(v => v.GetProperty("variable").GetString() == id);

    private static JsonElement Cell(JsonElement variable, string code) =>
        variable.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);

    [Fact]
    public async Task Descriptives_of_the_uploaded_survey_reproduce_table_3_1_with_labels()
    {
        await EnsureSurveyAsync();
        var client = new HttpClient { BaseAddress = new Uri(runner.BaseUrl) };

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/datasets/{SurveyId}/descriptives");

        Assert.Equal(79, body.GetProperty("respondents").GetInt32());
        var gender = Variable(body, "gender");
        var women = Cell(gender, "vrouw");
        Assert.Equal(56, women.GetProperty("count").GetInt32());
        Assert.Equal(70.9, Math.Round(women.GetProperty("percent").GetDouble(), 1));
        Assert.Equal("Vrouw", women.GetProperty("label").GetProperty("nl").GetString());
        Assert.Equal("Female", women.GetProperty("label").GetProperty("en").GetString());
        Assert.True(women.GetProperty("percentCi").GetProperty("lower").GetDouble() < 70.9);
        Assert.Equal(50.5, Math.Round(Variable(body, "age").GetProperty("numeric").GetProperty("mean").GetDouble(), 1));
        Assert.Equal(63, Variable(body, "workload_high").GetProperty("nValid").GetInt32());
    }

    [Fact]
    public async Task Small_cells_are_served_as_less_than_five_and_cannot_be_derived_from_the_total()
    {
        await EnsureSurveyAsync();

        var body = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{SurveyId}/descriptives");

        // Waiting time "less than 1 week" has 7 respondents: shown. Workload "strongly disagree" has 2: suppressed.
        var workload = Variable(body, "workload_high");
        var stronglyDisagree = Cell(workload, "1");
        Assert.True(stronglyDisagree.GetProperty("suppressed").GetBoolean());
        Assert.Equal("<5", stronglyDisagree.GetProperty("display").GetString());
        Assert.False(stronglyDisagree.TryGetProperty("percent", out _));
        var hidden = workload.GetProperty("categories").EnumerateArray().Where(c => c.GetProperty("suppressed").GetBoolean()).ToList();
        Assert.True(hidden.Count >= 2);
        var visibleSum = workload.GetProperty("categories").EnumerateArray().Where(c => !c.GetProperty("suppressed").GetBoolean()).Sum(c => c.GetProperty("count").GetInt32());
        var hiddenTotal = workload.GetProperty("nValid").GetInt32() - visibleSum;
        Assert.True(hiddenTotal - 4 >= 1, "the complementary cell leaves more than one value possible for the small cell");
        // Agreement (4 + 5) is served only when the audit finds it pins nothing (DisclosureAttackerTests covers it).
        var agreement = workload.GetProperty("agreement");
        Assert.True(agreement.GetProperty("withheld").GetBoolean() || agreement.GetProperty("count").GetInt32() >= 5);
        var body2 = await runner.Client.GetStringAsync($"/api/datasets/{SurveyId}/descriptives");
        Assert.DoesNotContain("\"count\":2,", body2.Replace(" ", ""));
    }

    [Fact]
    public async Task Benchmarks_are_seeded_from_table_4_1()
    {
        var benchmarks = await runner.Client.GetFromJsonAsync<JsonElement>("/api/benchmarks");

        var ids = benchmarks.EnumerateArray().Select(b => b.GetProperty("id").GetString()).ToList();
        Assert.Contains("lvpohggz-2018", ids);
        Assert.Contains("lhv-2017", ids);
        Assert.Contains("nivel-2014", ids);
        Assert.Contains("trimbos-2019", ids);
        var lv = benchmarks.EnumerateArray().Single(b => b.GetProperty("id").GetString() == "lvpohggz-2018");
        Assert.Equal(407, lv.GetProperty("respondents").GetInt32());
        var waiting = lv.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("variable").GetString() == "waiting_time_intake");
        Assert.Equal(new[] { "2to3w", "ge3w" }, waiting.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).Order());
        Assert.Equal("2 weken of langer", waiting.GetProperty("label").GetProperty("nl").GetString());
    }

    [Fact]
    public async Task Representativeness_against_the_member_poll_gives_tests_effect_sizes_and_verdicts()
    {
        await EnsureSurveyAsync();

        var body = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{SurveyId}/representativeness?benchmark=lvpohggz-2018");

        var comparisons = body.GetProperty("comparisons");
        var women = comparisons.GetProperty("proportions").EnumerateArray().Single(p => p.GetProperty("variable").GetString() == "gender");
        Assert.Equal(-15.1, Math.Round(women.GetProperty("differencePoints").GetDouble(), 1));
        Assert.True(women.GetProperty("pValue").GetDouble() < 0.001);
        Assert.True(women.TryGetProperty("cohensH", out _));
        var age = comparisons.GetProperty("means").EnumerateArray().Single(m => m.GetProperty("variable").GetString() == "age");
        Assert.True(age.GetProperty("smdUsesSampleSdOnly").GetBoolean());
        var employment = comparisons.GetProperty("distributions").EnumerateArray().Single(d => d.GetProperty("variable").GetString() == "employment");
        Assert.True(employment.GetProperty("approximate").GetBoolean());
        Assert.Equal(4, employment.GetProperty("degreesOfFreedom").GetInt32());
        var verdicts = comparisons.GetProperty("summary").GetProperty("verdicts").EnumerateArray().ToDictionary(v => v.GetProperty("variable").GetString()!, v => v.GetProperty("verdict").GetString());
        Assert.Equal("differs", verdicts["gender"]);
        Assert.Equal("inconclusive", verdicts["age"]);
        Assert.Equal("not-measured", verdicts["hours_per_week"]);
        Assert.Contains("TOST", comparisons.GetProperty("summary").GetProperty("rule").GetString());
        Assert.True(women.GetProperty("standardError").GetDouble() > 0);
    }

    [Fact]
    public async Task Raking_to_the_member_poll_reports_design_effect_and_weighted_estimates()
    {
        await EnsureSurveyAsync();

        var body = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{SurveyId}/representativeness?benchmark=lvpohggz-2018&rake=gender,employment&maxIterations=200&trimUpper=5");

        var raking = body.GetProperty("raking");
        Assert.True(raking.GetProperty("converged").GetBoolean());
        Assert.True(raking.GetProperty("designEffect").GetDouble() > 1);
        Assert.True(raking.GetProperty("effectiveN").GetDouble() < 79);
        var weightedWomen = raking.GetProperty("weighted").GetProperty("proportions").EnumerateArray().Single(p => p.GetProperty("variable").GetString() == "gender");
        Assert.Equal(86, weightedWomen.GetProperty("samplePercent").GetDouble(), 4);
        Assert.True(weightedWomen.GetProperty("standardError").GetDouble() < 1e-6, "a raking category has design-based SE 0");
        var change = raking.GetProperty("smdBeforeAfter").EnumerateArray().First(s => s.GetProperty("variable").GetString() == "gender");
        Assert.True(Math.Abs(change.GetProperty("after").GetDouble()) < Math.Abs(change.GetProperty("before").GetDouble()));
        Assert.True(Variable(raking.GetProperty("weightedDescriptives"), "age").TryGetProperty("effectiveN", out _));
    }

    [Fact]
    public async Task A_bad_rake_variable_gives_a_clear_4xx()
    {
        await EnsureSurveyAsync();

        var unknown = await runner.Client.GetAsync($"/api/datasets/{SurveyId}/representativeness?benchmark=lvpohggz-2018&rake=shoe_size");
        var numeric = await runner.Client.GetAsync($"/api/datasets/{SurveyId}/representativeness?benchmark=lvpohggz-2018&rake=age");
        // Nivel's "Anders" (7%) has no respondent in the sample, so its margin cannot be met (LHV's "Anders" is harmonised and can).
        var missingCategory = await runner.Client.GetAsync($"/api/datasets/{SurveyId}/representativeness?benchmark=nivel-2014&rake=employment");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("shoe_size", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, numeric.StatusCode);
        Assert.Equal((HttpStatusCode)422, missingCategory.StatusCode);
        Assert.Contains("other", await missingCategory.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_dataset_or_benchmark_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await runner.Client.GetAsync("/api/datasets/nope/descriptives")).StatusCode);
        await EnsureSurveyAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await runner.Client.GetAsync($"/api/datasets/{SurveyId}/representativeness?benchmark=nope")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await runner.Client.GetAsync($"/api/datasets/{SurveyId}/representativeness")).StatusCode);
    }

    [Fact]
    public async Task Posting_a_benchmark_csv_creates_a_new_version_that_the_comparison_uses()
    {
        await EnsureSurveyAsync();
        var csv = "benchmark_id,source,survey_year,population,respondents,variable,category,statistic,value,note\n" +
                  "regio-noord-2024,Regio Noord poll,2024,POH-GGZ,120,gender,Vrouw,percent,80,\n" +
                  "regio-noord-2024,Regio Noord poll,2024,POH-GGZ,120,gender,Man,percent,20,\n" +
                  "regio-noord-2024,Regio Noord poll,2024,POH-GGZ,120,age,,mean,47.5,\n";
        var first = await runner.Client.PostAsync("/api/benchmarks", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var before = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{SurveyId}/representativeness?benchmark=regio-noord-2024");

        var second = await runner.Client.PostAsync("/api/benchmarks", new StringContent(csv.Replace("47.5", "52.5"), Encoding.UTF8, "text/csv"));
        var stored = (await second.Content.ReadFromJsonAsync<JsonElement>())[0];
        var after = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{SurveyId}/representativeness?benchmark=regio-noord-2024");

        Assert.True(stored.GetProperty("version").GetInt32() > before.GetProperty("benchmarkVersion").GetInt32());
        Assert.Equal(stored.GetProperty("version").GetInt32(), after.GetProperty("benchmarkVersion").GetInt32());
        Assert.Equal(52.5, after.GetProperty("comparisons").GetProperty("means")[0].GetProperty("benchmarkMean").GetDouble());
        var anonymous = new HttpClient { BaseAddress = new Uri(runner.BaseUrl) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/benchmarks", new StringContent(csv))).StatusCode);
    }

    [Fact]
    public async Task A_bad_benchmark_csv_is_refused_naming_row_and_column()
    {
        var csv = "benchmark_id,source,survey_year,population,respondents,variable,category,statistic,value,note\n" +
                  "x-2024,X,2024,POH-GGZ,100,gender,Vrouw,percent,80,\n" +
                  "x-2024,X,2024,POH-GGZ,100,employment,Kantoorbaan,percent,20,\n";

        var response = await runner.Client.PostAsync("/api/benchmarks", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("Row 3, column 'category'", detail);
        Assert.Contains("Kantoorbaan", detail);
    }

    [Fact]
    public async Task Promoting_the_member_poll_gives_a_benchmark_with_sds_and_a_welch_test()
    {
        await EnsureSurveyAsync();
        await EnsurePollAsync();

        var promoted = await runner.Client.PostAsync($"/api/benchmarks/from-dataset/{PollId}", null);
        Assert.Equal(HttpStatusCode.Created, promoted.StatusCode);
        var benchmark = await promoted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(407, benchmark.GetProperty("respondents").GetInt32());
        Assert.True(benchmark.GetProperty("hasMicrodata").GetBoolean());
        var age = benchmark.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("variable").GetString() == "age");
        Assert.Equal(9.4, Math.Round(age.GetProperty("standardDeviation").GetDouble(), 1));
        // The poll's single "Anders" gender answer is a small cell of a microdata benchmark: suppressed with a complement.
        var genderItems = benchmark.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("variable").GetString() == "gender").ToList();
        Assert.True(genderItems.Single(i => i.GetProperty("categories")[0].GetString() == "anders").GetProperty("suppressed").GetBoolean());
        Assert.True(genderItems.Count(i => i.GetProperty("suppressed").GetBoolean()) >= 2);

        var body = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{SurveyId}/representativeness?benchmark={PollId}");
        var ageComparison = body.GetProperty("comparisons").GetProperty("means").EnumerateArray().Single(m => m.GetProperty("variable").GetString() == "age");
        Assert.False(ageComparison.GetProperty("smdUsesSampleSdOnly").GetBoolean());
        Assert.True(ageComparison.TryGetProperty("welchT", out _));
        Assert.True(ageComparison.GetProperty("pValue").GetDouble() > 0.05);
        Assert.False(body.GetProperty("comparisons").GetProperty("distributions").EnumerateArray()
            .Single(d => d.GetProperty("variable").GetString() == "gp_consultation_fixed").GetProperty("approximate").GetBoolean());
    }

    [Fact]
    public async Task Against_a_promoted_poll_every_distribution_is_the_stacked_rao_scott_test_of_homogeneity()
    {
        await EnsureSurveyAsync();
        await EnsurePollAsync();
        Assert.Equal(HttpStatusCode.Created, (await runner.Client.PostAsync($"/api/benchmarks/from-dataset/{PollId}", null)).StatusCode);

        var body = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{SurveyId}/representativeness?benchmark={PollId}");

        var distributions = body.GetProperty("comparisons").GetProperty("distributions").EnumerateArray()
            .ToDictionary(d => d.GetProperty("variable").GetString()!);
        Assert.Equal(["employment", "gender", "gp_consultation_fixed", "poh_training", "waiting_time_intake"], distributions.Keys.Order());
        Assert.All(distributions.Values, d => Assert.Equal("rao-scott-homogeneity", d.GetProperty("test").GetString()));
        // R: svychisq(~dataset + poh_training, stacked design, statistic = "F");
        // Core.Tests/Statistics/Reference/microdata-homogeneity-values.json.
        var training = distributions["poh_training"];
        Assert.Equal(9.21680218690238, training.GetProperty("raoScottF").GetDouble(), 1e-6);
        Assert.Equal(484, training.GetProperty("raoScottDenominatorDf").GetDouble(), 1e-6);
        Assert.Equal(0.00252728998317617, training.GetProperty("pValue").GetDouble(), 1e-9);
        // The poll's single "Anders" gender answer is suppressed, so the gender test is withheld by the disclosure rules.
        var gender = distributions["gender"];
        Assert.True(gender.GetProperty("withheld").GetBoolean());
        Assert.False(gender.TryGetProperty("raoScottF", out var f) && f.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Descriptives_are_recomputed_when_a_new_dataset_version_arrives()
    {
        static byte[] Export(int women, int men) => Encoding.UTF8.GetBytes("Geslacht;Leeftijd\n" +
            string.Concat(Enumerable.Repeat("Vrouw;44\n", women)) + string.Concat(Enumerable.Repeat("Man;51\n", men)));
        async Task<JsonElement> UploadAndDescribeAsync(byte[] bytes, string fileName)
        {
            var response = await runner.UploadAsync(bytes, fileName, "Herberekening 2024");
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString()!;
            await runner.WaitForCompletionAsync(id);
            return await runner.Client.GetFromJsonAsync<JsonElement>("/api/datasets/herberekening-2024/descriptives");
        }

        var first = await UploadAndDescribeAsync(Export(6, 6), "v1.csv");
        var second = await UploadAndDescribeAsync(Export(10, 5), "v2.csv");

        Assert.Equal((1, 12), (first.GetProperty("datasetVersion").GetInt32(), first.GetProperty("respondents").GetInt32()));
        Assert.Equal((2, 15), (second.GetProperty("datasetVersion").GetInt32(), second.GetProperty("respondents").GetInt32()));
        Assert.Equal(10, Cell(Variable(second, "gender"), "vrouw").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_refresh_publishes_the_analytics_as_static_json_with_the_api_shape()
    {
        await EnsureSurveyAsync();

        var refresh = await (await runner.Client.PostAsync("/api/refresh", null)).Content.ReadFromJsonAsync<JsonElement>();
        var published = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/published/analytics/descriptives/{SurveyId}.json");
        var api = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/datasets/{SurveyId}/descriptives");
        var comparison = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/published/analytics/representativeness/{SurveyId}/lvpohggz-2018.json");
        var benchmarks = await runner.Client.GetFromJsonAsync<JsonElement>("/api/published/analytics/benchmarks.json");

        Assert.Contains(refresh.GetProperty("outcome").GetString(), new[] { "published", "up-to-date" });
        Assert.Equal(api.ToString(), published.ToString());
        Assert.Equal("differs", comparison.GetProperty("comparisons").GetProperty("summary").GetProperty("verdicts").EnumerateArray()
            .Single(v => v.GetProperty("variable").GetString() == "gender").GetProperty("verdict").GetString());
        Assert.Contains(benchmarks.EnumerateArray(), b => b.GetProperty("id").GetString() == "nivel-2014");
    }
}
