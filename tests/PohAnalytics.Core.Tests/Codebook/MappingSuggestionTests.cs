using PohAnalytics.Core.Codebook.Mapping;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Testing;

namespace PohAnalytics.Core.Tests.Codebook;

/// <summary>The report tells staff what to do: unknown values grouped per column with suggestions, headers with variables.</summary>
public sealed class MappingSuggestionTests
{
    private const string English = "poh-ggz-questionnaire-2019-english.csv";

    [Fact]
    public void Loose_form_drops_case_accents_punctuation_and_articles_but_keeps_a_lone_article()
    {
        Assert.Equal("employed by gp practice", MatchText.Loose("Employed by the GP-practice."));
        Assert.Equal("seconded by mental health provider", MatchText.Loose("Seconded by a mental-health provider"));
        Assert.Equal("gp practice", MatchText.Loose("  GP-practice:"));
        Assert.Equal("patient overleg", MatchText.Loose("Patiënt  overleg:"));
        Assert.Equal("een", MatchText.Loose("Eén"));
    }

    [Fact]
    public void Suggests_the_category_with_the_closest_label_scored_by_levenshtein()
    {
        var suggester = new MappingSuggester(PipelineRun.Codebook);

        var suggestions = suggester.SuggestCategories(PipelineRun.Codebook["employment"], "Seconded from mental health provider");

        // "seconded from mental health provider" (36 characters) against the English label's loose form
        // "seconded by mental health provider": f→b, r→y and two deletions are 4 edits, so 1 − 4/36 = 0.8889.
        Assert.Equal("seconded_mh_provider", suggestions[0].Category);
        Assert.Equal(0.8889, suggestions[0].Score, 4);
        Assert.Equal("Seconded by a mental-health provider", suggestions[0].MatchedText);
        Assert.True(suggestions.Skip(1).All(s => s.Score < suggestions[0].Score));
    }

    [Fact]
    public void Suggests_the_variable_of_an_unknown_header()
    {
        var suggester = new MappingSuggester(PipelineRun.Codebook);

        var suggestions = suggester.SuggestVariables("Hours a week");

        // "hours week" against "hours per week": 4 insertions over 14 characters, 1 − 4/14 = 0.7143.
        Assert.Equal("hours_per_week", suggestions[0].Variable);
        Assert.Equal(0.7143, suggestions[0].Score, 4);
    }

    [Fact]
    public async Task English_export_maps_the_article_variant_automatically_and_groups_the_other_unknown_values()
    {
        var run = await PipelineRun.OfFileAsync(RepoPaths.Fixture(English));

        // Employment in the Dutch original: 21 practice, 21 mental-health provider, 17 care group, 15 other organisation,
        // 5 self-employed. "Employed by GP practice" equals the English label without "the"; "Self-employed" is an alias.
        Assert.Equal(79, run.Report.RowsRead);
        Assert.Equal(21 + 5, run.Report.RowsAccepted);
        Assert.Equal(21 + 17 + 15, run.Report.RowsRejected);
        var auto = Assert.Single(run.Report.AutoMapped);
        Assert.Equal(("Employed by GP practice", "practice_employed", 21L), (auto.Value, auto.Category, auto.Rows));
        var groups = run.Report.ErrorGroups;
        Assert.Equal(3, groups.Count);
        Assert.All(groups, g => Assert.Equal(("Employment", "employment", "unknown category"), (g.Column, g.Variable, g.Reason)));
        Assert.Equal(
            [("Seconded from mental health provider", 21L, "seconded_mh_provider"),
             ("Seconded from care group or GP cooperative", 17L, "seconded_care_group"),
             ("Seconded from another organisation", 15L, "seconded_other")],
            groups.Select(g => (g.Value, g.Rows, g.Suggestions[0].Category)));
        Assert.Equal(5, groups[0].FirstRows.Count);
        Assert.Equal(run.Report.ErrorCount, groups.Sum(g => g.Rows));
        var header = Assert.Single(run.Report.HeaderSuggestions);
        Assert.Equal(("Hours a week", "hours_per_week"), (header.Header, header.Suggestions[0].Variable));
        Assert.Empty(run.Report.LostVariables);
    }

    [Fact]
    public async Task A_variable_whose_every_answer_is_unknown_is_reported_lost()
    {
        var run = await PipelineRun.OfTextAsync("Geslacht;Dienstverband\nVrouw;Kantoorbaan\nMan;Kantoorbaan\nVrouw;\n");

        Assert.Equal(["employment"], run.Report.LostVariables);
    }
}
