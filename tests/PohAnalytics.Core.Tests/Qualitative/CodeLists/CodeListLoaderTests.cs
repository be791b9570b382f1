using System.Text;
using PohAnalytics.Core.Qualitative.CodeLists;

namespace PohAnalytics.Core.Tests.Qualitative.CodeLists;

/// <summary>Code lists are data: the built-in ones load, and inconsistent ones are refused with the reason.</summary>
public sealed class CodeListLoaderTests
{
    [Fact]
    public void Built_in_code_lists_load_with_their_shapes_themes_and_codes()
    {
        var lists = CodeListLoader.LoadBuiltIn().ToDictionary(c => c.Id);

        Assert.Equal(CodeListShape.Wide, lists["succesfactoren"].Shape);
        Assert.Equal(18, lists["succesfactoren"].Codes.Count());
        Assert.Equal(CodeListShape.Long, lists["vs-ggz-interviews"].Shape);
        Assert.Equal(7, lists["vs-ggz-interviews"].Themes.Count);
        Assert.Equal(37, lists["vs-ggz-interviews"].Codes.Count());
        Assert.All(lists.Values.SelectMany(l => l.Codes), c => Assert.False(string.IsNullOrWhiteSpace(c.Code.Label.En)));
        Assert.All(lists.Values, l => Assert.Equal(64, l.Sha256.Length));
    }

    [Fact]
    public void A_code_defined_twice_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse("""
            "themes": [
              { "code": "a", "label": { "nl": "A", "en": "A" }, "codes": [ { "code": "x", "label": { "nl": "X", "en": "X" }, "aliases": [] } ] },
              { "code": "b", "label": { "nl": "B", "en": "B" }, "codes": [ { "code": "x", "label": { "nl": "Y", "en": "Y" }, "aliases": [] } ] } ]
            """));

        Assert.Contains("code 'x' twice", error.Message);
    }

    [Fact]
    public void A_label_naming_two_codes_of_one_theme_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse("""
            "themes": [ { "code": "a", "label": { "nl": "A", "en": "A" }, "codes": [
                { "code": "x", "label": { "nl": "Zelfde", "en": "X" }, "aliases": [] },
                { "code": "y", "label": { "nl": "Y", "en": "Y" }, "aliases": [ "zelfde" ] } ] } ]
            """));

        Assert.Contains("'zelfde' for two codes", error.Message);
    }

    [Fact]
    public void A_wide_code_list_without_a_numbered_column_pattern_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse("""
            "themes": [ { "code": "a", "label": { "nl": "A", "en": "A" }, "codes": [ { "code": "x", "label": { "nl": "X", "en": "X" }, "aliases": [] } ] } ]
            """, codeColumns: """{ "headerPatterns": [ "Succesfactor" ] }"""));

        Assert.Contains("has no {n}", error.Message);
    }

    [Fact]
    public void The_catalog_matches_headers_to_the_code_list_with_a_code_column()
    {
        var catalog = CodeListCatalog.BuiltIn();

        Assert.Equal("succesfactoren", catalog.Match(["Respondentnummer", "Respondenttype", "Succesfactor 1 (gecodeerd)"])?.CodeList.Id);
        Assert.Equal("vs-ggz-interviews", catalog.Match(["Geïnterviewde", "Thema", "Subthema"])?.CodeList.Id);
        Assert.Null(catalog.Match(["Respondentnummer", "Respondenttype"]));
        var layout = catalog.Match(["Succesfactor 2 (gecodeerd)", "Respondent", "Succesfactor 1 (gecodeerd)", "Opmerking"])!;
        Assert.Equal(["Succesfactor 1 (gecodeerd)", "Succesfactor 2 (gecodeerd)"], layout.Codes.Select(c => c.Header));
        Assert.Equal("Opmerking", Assert.Single(layout.Unmapped).Header);
    }

    private static CodeListDefinition Parse(string themes, string codeColumns = """{ "headerPatterns": [ "Succesfactor {n}" ] }""") =>
        CodeListLoader.Parse(Encoding.UTF8.GetBytes($$"""
            { "id": "test", "version": "1.0.0", "label": { "nl": "Test", "en": "Test" }, "shape": "wide",
              "respondentId": { "headers": [ "Respondent" ] }, "codeColumns": {{codeColumns}}, {{themes}} }
            """));
}
