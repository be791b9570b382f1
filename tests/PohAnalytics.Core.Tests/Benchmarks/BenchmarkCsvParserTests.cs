using System.Text;
using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Tests.Ingestion;

namespace PohAnalytics.Core.Tests.Benchmarks;

/// <summary>The Table 4.1 CSV maps onto the codebook; invalid files are refused naming row and column.</summary>
public sealed class BenchmarkCsvParserTests
{
    private const string Header = "benchmark_id,source,survey_year,population,respondents,variable,category,statistic,value,note\n";
    private static readonly BenchmarkCsvParser Parser = new(PipelineRun.Codebook);

    private static IReadOnlyList<BenchmarkDefinition> Parse(string text) => Parser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Built_in_benchmarks_are_the_four_columns_of_table_4_1()
    {
        var benchmarks = Parser.LoadBuiltIn();

        Assert.Equal(["trimbos-2019", "lvpohggz-2018", "lhv-2017", "nivel-2014"], benchmarks.Select(b => b.Id));
        Assert.Equal([79, 407, 1303, 272], benchmarks.Select(b => b.Respondents));
        Assert.All(benchmarks, b => Assert.Equal(BenchmarkOrigin.ReferenceData, b.Origin));
        var lv = benchmarks[1];
        Assert.Equal(["psychology_msc"], lv.Items.Single(i => i.Label == "Psycholoog").Categories);
        Assert.Equal(["2to3w", "ge3w"], lv.Items.Single(i => i.Variable == "waiting_time_intake").Categories);
        Assert.Equal(["practice_employed"], lv.Items.Single(i => i.Label == "In loondienst praktijk").Categories);
        Assert.Equal(BenchmarkStatistic.Mean, lv.Items.Single(i => i.Variable == "consults_per_day_total").Statistic);
        Assert.Equal(11.6, lv.Items.Single(i => i.Variable == "consults_per_day_total").Value);
        Assert.DoesNotContain(benchmarks[2].Items, i => i.Variable == "gender");
    }

    [Fact]
    public void Semicolons_decimal_commas_and_an_sd_column_are_read()
    {
        var benchmarks = Parse("benchmark_id;source;survey_year;population;respondents;variable;category;statistic;value;sd;n\n" +
                               "x;X;2024;POH-GGZ;100;age;;mean;49,9;9,4;98\n");

        var age = benchmarks.Single().Items.Single();
        Assert.Equal(49.9, age.Value);
        Assert.Equal(9.4, age.StandardDeviation);
        Assert.Equal(98, age.N);
    }

    [Theory]
    [InlineData("x,X,2024,POH-GGZ,100,shoe_size,,mean,42,", "Row 2, column 'variable'")]
    [InlineData("x,X,2024,POH-GGZ,100,gender,Kat,percent,42,", "Row 2, column 'category'")]
    [InlineData("x,X,2024,POH-GGZ,100,gender,Vrouw,percent,142,", "Row 2, column 'value'")]
    [InlineData("x,X,2024,POH-GGZ,100,gender,Vrouw,median,42,", "Row 2, column 'statistic'")]
    [InlineData("x,X,2024,POH-GGZ,honderd,gender,Vrouw,percent,42,", "Row 2, column 'respondents'")]
    [InlineData("x,X,2024,POH-GGZ,100,gender,,mean,42,", "Row 2, column 'statistic'")]
    [InlineData("x,X,2024,POH-GGZ,100,gender,Vrouw,percent,veel,", "Row 2, column 'value'")]
    public void Invalid_cells_name_their_row_and_column(string row, string expected)
    {
        var error = Assert.Throws<BenchmarkCsvException>(() => Parse(Header + row + "\n"));

        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void Rows_of_one_benchmark_must_agree_on_its_metadata_and_not_repeat_a_figure()
    {
        var disagree = Assert.Throws<BenchmarkCsvException>(() => Parse(Header +
            "x,X,2024,POH-GGZ,100,gender,Vrouw,percent,80,\nx,X,2024,POH-GGZ,120,gender,Man,percent,20,\n"));
        var repeated = Assert.Throws<BenchmarkCsvException>(() => Parse(Header +
            "x,X,2024,POH-GGZ,100,gender,Vrouw,percent,80,\nx,X,2024,POH-GGZ,100,gender,V,percent,81,\n"));

        Assert.Equal((3, "respondents"), (disagree.Row!.Value, disagree.Column!));
        Assert.Equal(3, repeated.Row);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var error = Assert.Throws<BenchmarkCsvException>(() => Parse("benchmark_id,source,variable\nx,X,gender\n"));

        Assert.Contains("survey_year", error.Message);
    }

    [Fact]
    public void Content_hash_ignores_version_and_time_but_not_values()
    {
        var a = Parser.LoadBuiltIn()[1];

        Assert.Equal(a.ContentSha256, (a with { Version = 7, CreatedAt = DateTimeOffset.UnixEpoch }).ContentSha256);
        Assert.NotEqual(a.ContentSha256, (a with { Respondents = 408 }).ContentSha256);
    }
}
