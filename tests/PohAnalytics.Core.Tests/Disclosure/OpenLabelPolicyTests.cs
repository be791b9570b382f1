using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Disclosure;
using PohAnalytics.Core.Tests.Ingestion;

namespace PohAnalytics.Core.Tests.Disclosure;

/// <summary>A label from the data is served only when enough respondents gave it and it is not personal data.</summary>
public sealed class OpenLabelPolicyTests
{
    private static readonly OpenLabelPolicy Policy = new(new PersonalDataPatterns(PipelineRun.Codebook.PersonalData));

    [Theory]
    [InlineData("Utrecht")]
    [InlineData("Regio Nijmegen")]
    [InlineData("Huisartsenpraktijk De Linde")]
    public void A_region_given_by_enough_respondents_is_servable(string label) =>
        Assert.True(Policy.IsServable(label, respondents: 10, threshold: 10));

    [Fact]
    public void A_label_given_by_fewer_respondents_than_the_threshold_is_not_servable()
    {
        Assert.False(Policy.IsServable("Utrecht", respondents: 9, threshold: 10));
        Assert.Equal(OpenLabelPolicy.OtherCode, Policy.Serve("Utrecht", respondents: 9, threshold: 10));
    }

    [Theory]
    [InlineData("Saskia Mulder")]
    [InlineData("jan.jansen at example.nl")]
    [InlineData("+31 6 12345678")]
    [InlineData("BSN 123456782")]
    [InlineData("Keizersgracht 12, 1015 CX Amsterdam")]
    [InlineData("1015 CX")]
    public void Personal_data_is_never_servable_however_many_respondents_gave_it(string label)
    {
        Assert.False(Policy.IsServable(label, respondents: 1_000, threshold: 10));
        Assert.Equal("other", Policy.Serve(label, respondents: 1_000, threshold: 10));
    }

    [Fact]
    public void Empty_labels_are_not_servable() => Assert.False(Policy.IsServable(" ", respondents: 100, threshold: 10));

    [Fact]
    public void Other_is_labelled_Overig_in_Dutch_and_Other_in_English()
    {
        Assert.Equal("other", OpenLabelPolicy.OtherCode);
        Assert.Equal("Overig", OpenLabelPolicy.OtherLabel.Nl);
        Assert.Equal("Other", OpenLabelPolicy.OtherLabel.En);
    }

    [Fact]
    public void The_default_policy_uses_the_built_in_codebook_rules() =>
        Assert.Equal(Policy.IsServable("1015 CX", 50, 10), OpenLabelPolicy.Default.IsServable("1015 CX", 50, 10));
}
