using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Statistics.Descriptives;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Core.Tests.Statistics.Descriptives;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Tests.Disclosure;

/// <summary>Small cells are hidden, and an attacker who knows the rule and the total cannot recover them.</summary>
public sealed class ServedFormsTests
{
    private static readonly ServedForms Rule = new();
    private static readonly string[] Employment = ["practice_employed", "seconded_mh_provider", "seconded_care_group", "seconded_other", "self_employed", "other"];

    /// <summary>The served descriptives of a dataset, with the marks of its disclosure audit.</summary>
    private static DatasetDescriptives Serve(CuratedData data, ServedForms? rule = null)
    {
        rule ??= Rule;
        var disclosure = new DisclosureControl(rule.Threshold, new PersonalDataPatterns(PipelineRun.Codebook.PersonalData).LooksPersonal)
            .Protect(PipelineRun.Codebook, data);
        return rule.Apply(DescriptivesEngine.Describe(PipelineRun.Codebook, data), disclosure);
    }

    /// <summary>Every value each hidden cell can take given the visible cells, the total and what the marks say.</summary>
    private static List<HashSet<int>> FeasibleValues(IReadOnlyList<CategoryFrequency> cells, int total)
    {
        var hidden = cells.Select((c, i) => (c, i)).Where(x => x.c.Suppressed).Select(x => x.i).ToList();
        var remaining = total - cells.Where(c => !c.Suppressed).Sum(c => c.Count!.Value);
        var feasible = hidden.Select(_ => new HashSet<int>()).ToList();
        var assignment = new int[hidden.Count];
        void Search(int k, int left)
        {
            if (k == hidden.Count)
            {
                if (left == 0)
                    for (var j = 0; j < hidden.Count; j++) feasible[j].Add(assignment[j]);
                return;
            }
            var small = cells[hidden[k]].Display == ServedForms.SmallCellDisplay;
            for (var v = small ? 1 : 0; v <= (small ? Math.Min(4, left) : left); v++)
            {
                // The reader knows an "x" is 0 or at least 5.
                if (!small && v is > 0 and < 5) continue;
                assignment[k] = v;
                Search(k + 1, left - v);
            }
        }
        Search(0, remaining);
        return feasible;
    }

    /// <summary>A dataset whose employment column has these counts per category (in codebook order); other columns empty.</summary>
    private static VariableDescription Distribution(params int[] counts) => Distribution(Rule, counts);

    private static VariableDescription Distribution(ServedForms rule, params int[] counts)
    {
        var codes = counts.SelectMany((c, i) => Enumerable.Repeat<string?>(Employment[i], c)).ToArray();
        return Serve(FixtureData.Of(codes.Length, ("employment", codes)), rule)["employment"];
    }

    private static void AssertNothingDerivable(VariableDescription served, int[] counts)
    {
        if (served.Suppressed)
        {
            // Withheld whole: no total and no cell is published.
            Assert.Null(served.NValid);
            Assert.All(served.Categories, c => Assert.Null(c.Count));
            return;
        }
        foreach (var values in FeasibleValues(served.Categories, served.NValid!.Value))
            Assert.True(values.Count >= 2, $"a hidden cell of [{string.Join(",", counts)}] is determined: {string.Join(",", values)}; served "
                + string.Join(" ", served.Categories.Select(c => c.Display ?? c.Count?.ToString())));
    }

    [Theory]
    [InlineData(new[] { 4, 4, 21, 25 })]
    [InlineData(new[] { 4, 4 })]
    [InlineData(new[] { 4, 1, 0 })]
    [InlineData(new[] { 21, 21, 17, 15, 5, 2 })]
    [InlineData(new[] { 40, 1 })]
    [InlineData(new[] { 30, 1, 1 })]
    [InlineData(new[] { 30, 2, 0, 9 })]
    [InlineData(new[] { 12, 26, 14, 9, 2 })]
    [InlineData(new[] { 3, 3, 3, 3 })]
    public void No_suppressed_cell_can_be_derived_from_the_total(int[] counts)
    {
        var served = Distribution(counts);

        Assert.Contains(served.Categories, c => c.Suppressed);
        Assert.All(served.Categories.Where(c => c.Suppressed), c => Assert.Null(c.Percent));
        AssertNothingDerivable(served, counts);
    }

    [Fact]
    public void Random_distributions_never_reveal_a_suppressed_cell()
    {
        var random = new Random(2019);
        for (var run = 0; run < 150; run++)
        {
            var counts = Enumerable.Range(0, random.Next(2, 6)).Select(_ => random.Next(4) == 0 ? random.Next(0, 5) : random.Next(0, 30)).ToArray();
            if (counts.Sum() < 5 || counts.All(c => c == 0 || c >= 5)) continue;
            AssertNothingDerivable(Distribution(counts), counts);
        }
    }

    [Fact]
    public void A_lone_small_cell_takes_the_next_smallest_cell_that_protects_it()
    {
        var served = Distribution(21, 21, 17, 15, 3);

        Assert.Equal("<5", served.Categories[4].Display);
        Assert.Equal("x", served.Categories[3].Display);
        // 21, 21, 17 and the empty sixth category stay.
        Assert.Equal(4, served.Categories.Count(c => !c.Suppressed));
    }

    [Fact]
    public void Two_small_cells_that_make_up_the_whole_distribution_are_not_pinned_by_their_total()
    {
        var served = Distribution(4, 4);

        Assert.True(served.Categories.Take(2).All(c => c.Display == "<5"));
        AssertNothingDerivable(served, [4, 4]);
    }

    [Fact]
    public void Zero_cells_and_cells_of_five_or_more_stay_visible()
    {
        var served = Distribution(56, 23, 0);

        Assert.DoesNotContain(served.Categories, c => c.Suppressed);
        Assert.Equal(0, served.Categories[2].Count);
    }

    [Fact]
    public async Task Workload_statement_hides_its_two_strongly_disagree_and_the_agreement_subtotal_only_reveals_what_is_safe()
    {
        var workload = Serve(await FixtureData.SurveyAsync())["workload_high"];

        Assert.Equal("<5", workload.Categories.Single(c => c.Code == "1").Display);
        Assert.True(workload.Categories.Count(c => c.Suppressed) >= 2);
        // The agreement subtotal (4 + 5) is audited with the cells (DisclosureAttackerTests): shown only if it pins nothing.
        if (!workload.Agreement!.Withheld)
            Assert.All(workload.Categories.Where(c => c.Code is "4" or "5"), c => Assert.False(c.Suppressed && c.Display == "<5"));
        foreach (var values in FeasibleValues(workload.Categories, workload.NValid!.Value))
            Assert.True(values.Count >= 2);
    }

    [Fact]
    public async Task Multi_response_options_with_few_mentions_are_hidden_and_the_mention_total_withheld()
    {
        var education = Serve(await FixtureData.SurveyAsync())["education"];

        Assert.True(education.Categories.Single(c => c.Code == "orthopedagogy_msc").Suppressed);    // 1 mention
        Assert.True(education.Categories.Single(c => c.Code == "nurse_specialist_mh").Suppressed);  // 3 mentions
        Assert.False(education.Categories.Single(c => c.Code == "spv").Suppressed);                 // 35 mentions
        Assert.Null(education.Mentions);
    }

    [Fact]
    public void A_variable_answered_by_fewer_than_five_is_withheld_whole()
    {
        var data = FixtureData.Of(6,
            ("age", new double?[] { 40, 50, null, null, null, null }),
            ("gender", new string?[] { "vrouw", "man", "vrouw", null, null, null }));

        var served = Serve(data);
        var age = served["age"];
        var gender = served["gender"];

        Assert.True(age.Suppressed);
        Assert.True(age.Numeric!.Withheld);
        Assert.Null(age.Numeric.Mean);
        Assert.Null(age.NValid);
        Assert.Null(age.NEmpty);
        Assert.True(gender.Suppressed);
        Assert.All(gender.Categories.Where(c => c.Code != "anders"), c => Assert.Null(c.Count));
    }

    [Fact]
    public async Task Comparisons_touching_a_hidden_cell_are_withheld_in_the_served_report()
    {
        var data = await FixtureData.SurveyAsync();
        var benchmark = Statistics.Representativeness.Benchmarks.Of(400,
            Statistics.Representativeness.Benchmarks.Percent("education", "orthopedagogy_msc", 2),
            Statistics.Representativeness.Benchmarks.Percent("education", "spv", 40),
            Statistics.Representativeness.Benchmarks.Percent("workload_high", "1", 5),
            Statistics.Representativeness.Benchmarks.Percent("workload_high", "2", 15),
            Statistics.Representativeness.Benchmarks.Percent("workload_high", "3", 20),
            Statistics.Representativeness.Benchmarks.Percent("workload_high", "4", 40),
            Statistics.Representativeness.Benchmarks.Percent("workload_high", "5", 20));
        var report = new Core.Statistics.Representativeness.RepresentativenessReport
        {
            DatasetId = "survey", BenchmarkId = "test", BenchmarkSource = "test",
            Comparisons = Core.Statistics.Representativeness.RepresentativenessEngine.Compare(PipelineRun.Codebook, data, benchmark),
        };

        var disclosure = new DisclosureControl(5, new PersonalDataPatterns(PipelineRun.Codebook.PersonalData).LooksPersonal).Protect(PipelineRun.Codebook, data);
        var served = Rule.Apply(report, disclosure, Rule.Publish(benchmark, PipelineRun.Codebook));

        var ortho = served.Comparisons.Proportions.Single(p => p.Categories.Contains("orthopedagogy_msc"));
        Assert.True(ortho.Withheld);
        Assert.Null(ortho.SampleCount);
        Assert.Null(ortho.SamplePercent);
        Assert.Null(ortho.DifferencePoints);
        Assert.Null(ortho.Smd);
        Assert.Equal(2, ortho.BenchmarkPercent);
        Assert.False(served.Comparisons.Proportions.Single(p => p.Categories.Contains("spv")).Withheld);
        Assert.True(served.Comparisons.Distributions.Single(d => d.Variable == "workload_high").Withheld);
        Assert.Null(served.Comparisons.Distributions.Single(d => d.Variable == "workload_high").ChiSquare);
        var verdict = served.Comparisons.Summary.Verdicts.Single(v => v.Variable == "education");
        Assert.Null(verdict.AbsSmd);
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        var strict = new ServedForms(10);

        var served = Distribution(strict, 30, 8, 20);

        Assert.Equal("<10", served.Categories[1].Display);
        Assert.Equal(2, served.Categories.Count(c => c.Suppressed));
    }
}
