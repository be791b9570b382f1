using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Qualitative.Statistics;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Tests.Qualitative.Statistics;

/// <summary>The success-factor frequencies reproduce Table 4.1a of the Trimbos report as printed.</summary>
public sealed class CodeFrequenciesTests
{
    private static readonly CodedAnswerStatistics Statistics = new(new SuppressionSettings());

    [Fact]
    public async Task Success_factors_by_respondent_type_reproduce_table_4_1a_percentages_as_printed()
    {
        var table = Statistics.CodeFrequencies(await CodedTables.SuccessFactorsAsync(), "respondent_type");

        var poh = table.Group("poh_ggz");
        var gp = table.Group("gp");
        Assert.Equal(new Dictionary<string, int>
        {
            ["accessible_care"] = 16, ["method"] = 14, ["expertise"] = 11, ["fits_request_for_help"] = 8,
            ["cooperation_poh_gp"] = 8, ["cooperation_general"] = 8, ["treatment_relationship"] = 5, ["intervision_supervision"] = 5,
        }, poh.ShownCodes.ToDictionary(c => c.Code, c => c.PercentOfMentions!.Value));
        Assert.Equal(new Dictionary<string, int>
        {
            ["accessible_care"] = 33, ["expertise"] = 17, ["cooperation_poh_gp"] = 14,
        }, gp.ShownCodes.ToDictionary(c => c.Code, c => c.PercentOfMentions!.Value));
    }

    [Fact]
    public async Task Codes_under_five_percent_of_mentions_are_the_ones_the_report_leaves_out()
    {
        var table = Statistics.CodeFrequencies(await CodedTables.SuccessFactorsAsync(), "respondent_type");

        var leftOut = table.Group("gp").Codes.Where(c => c.BelowReportingShare && c.Mentions.Count != 0).Select(c => c.Code).ToHashSet();
        Assert.Equal(new HashSet<string> { "method", "short_lines", "treatment_relationship", "relieves_gp_surgery", "fewer_referrals",
            "continuity_of_care", "gp_knowledge", "fits_request_for_help", "other" }, leftOut);
        Assert.Equal(8, table.Group("poh_ggz").ShownCodes.Count);
        Assert.Equal(3, table.Group("gp").ShownCodes.Count);
    }

    [Fact]
    public async Task Total_line_names_mentions_and_respondents_per_group()
    {
        var table = Statistics.CodeFrequencies(await CodedTables.SuccessFactorsAsync(), "respondent_type");

        Assert.Equal(146, table.Group("poh_ggz").Mentions);
        Assert.Equal(49, table.Group("poh_ggz").Respondents.Count);
        Assert.Equal("Totaal aantal genoemde succesfactoren: 146 (door 49 POH-GGZ)", table.Group("poh_ggz").TotalLine!.Nl);
        Assert.Equal("Total success factors named: 114 (by 41 General practitioner)", table.Group("gp").TotalLine!.En);
        Assert.Equal(38 / 41.0, table.Group("gp").Codes[0].Respondents.Share!.Value, 10);
    }

    [Fact]
    public async Task Codes_named_by_fewer_than_five_respondents_are_suppressed_without_shares()
    {
        var table = Statistics.CodeFrequencies(await CodedTables.SuccessFactorsAsync(), "respondent_type");

        var small = table.Group("gp").Codes.Where(c => c.Respondents.Suppressed).ToList();
        Assert.NotEmpty(small);
        Assert.All(small, c =>
        {
            Assert.Null(c.Mentions.Count);
            Assert.Null(c.Respondents.Share);
            Assert.Contains(c.Respondents.Display, new[] { "<5", CountCell.ComplementaryMarker });
        });
        Assert.Contains("<5", table.Rule.Text.Nl);
    }
}
