using System.Text;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Tests.Codebook;

/// <summary>What an all-empty multi-response row means is codebook data: <c>whenAllEmpty</c> and <c>noneOption</c>.</summary>
public sealed class MultiResponseItemDefinitionTests
{
    private const string ShippedRule = "\"whenAllEmpty\": \"not-asked\",";

    private static string BuiltInJson() =>
        Encoding.UTF8.GetString(EmbeddedReferenceData.Read(CodebookLoader.BuiltInResource));

    [Fact]
    public void The_shipped_education_item_says_an_all_empty_row_is_not_asked()
    {
        var education = CodebookLoader.LoadBuiltIn()["education"];

        Assert.Equal(EmptyMeaning.NotAsked, education.WhenAllEmpty);
        Assert.Null(education.NoneOption);
        Assert.Equal(EmptyMeaning.Unchecked, education.WhenEmpty);
    }

    [Fact]
    public void An_item_with_a_none_option_and_no_rule_reads_an_all_empty_row_as_item_nonresponse()
    {
        var json = BuiltInJson().Replace(ShippedRule, "\"noneOption\": \"other\",", StringComparison.Ordinal);

        var education = CodebookLoader.Parse(Encoding.UTF8.GetBytes(json))["education"];

        Assert.Equal("other", education.NoneOption);
        Assert.Null(education.WhenAllEmpty);
        Assert.Equal(EmptyMeaning.Missing, education.AllEmptyMeaning);
    }

    [Fact]
    public void A_none_option_that_is_not_one_of_the_options_is_refused()
    {
        var json = BuiltInJson().Replace(ShippedRule, ShippedRule + " \"noneOption\": \"geen\",", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => CodebookLoader.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.Contains("'noneOption' of variable 'education'", error.Message);
    }
}
