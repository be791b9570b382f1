using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Tests.Ingestion;

namespace PohAnalytics.Core.Tests.Codebook;

/// <summary>Staff's aliases change the codebook all or nothing; bad ones are refused with the reason.</summary>
public sealed class AliasEditorTests
{
    private static readonly CodebookDefinition Seed = PipelineRun.Codebook;

    [Fact]
    public void Value_and_header_aliases_are_added_to_their_category_and_variable()
    {
        var (codebook, changes) = AliasEditor.Apply(Seed, [
            new AliasChange("employment", "seconded_mh_provider", "Seconded from mental health provider"),
            new AliasChange("hours_per_week", Header: "Hours a week"),
        ]);

        var parser = new CellParser(codebook);
        var value = parser.Parse(new MappedColumn(0, "Employment", codebook["employment"]), "seconded from mental health provider");
        Assert.Equal("seconded_mh_provider", value.Text);
        Assert.Equal("hours_per_week", new ColumnMapper(codebook).Map(["Hours a week"]).Mapped.Single().CanonicalName);
        Assert.Equal(2, changes.Count);
        Assert.DoesNotContain("Hours a week", Seed["hours_per_week"].Headers);
    }

    [Theory]
    [InlineData("employmnt", "practice_employed", "x", "'employmnt' is not a codebook variable")]
    [InlineData("employment", "retired", "Retired", "'retired' is not a category of 'employment'")]
    [InlineData("employment", "practice_employed", "Zzp-contract", "already maps to category 'self_employed'")]
    [InlineData("employment", "other", "Employed by GP-practice", "ambiguous")]
    [InlineData("employment", "other", "n.v.t.", "empty answer")]
    [InlineData("age", "lt45", "young", "without value categories")]
    public void Bad_value_aliases_are_refused_with_the_reason(string variable, string category, string alias, string reason)
    {
        var error = Assert.Throws<CodebookChangeException>(() => AliasEditor.Apply(Seed, [new AliasChange(variable, category, alias)]));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_header_of_another_variable_is_refused_and_nothing_of_the_batch_is_applied()
    {
        var error = Assert.Throws<CodebookChangeException>(() => AliasEditor.Apply(Seed, [
            new AliasChange("employment", "other", "Something else"),
            new AliasChange("hours_per_week", Header: "Leeftijd"),
        ]));

        Assert.Contains("Alias 2: header 'Leeftijd' already maps to variable 'age'", error.Message);
        Assert.DoesNotContain("Something else", Seed["employment"].Categories.Single(c => c.Code == "other").Aliases);
    }

    [Fact]
    public void Two_aliases_in_one_batch_that_collide_are_refused()
    {
        var error = Assert.Throws<CodebookChangeException>(() => AliasEditor.Apply(Seed, [
            new AliasChange("employment", "other", "Locum"),
            new AliasChange("employment", "self_employed", "locum"),
        ]));

        Assert.Contains("already maps to category 'other'", error.Message);
    }
}
