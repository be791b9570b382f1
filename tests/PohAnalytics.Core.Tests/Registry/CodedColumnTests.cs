using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Tests.Registry;

public class CodedColumnTests
{
    [Fact]
    public void Lists_distinct_codes_in_order_of_first_appearance_with_their_counts_and_each_rows_position()
    {
        string?[] codes = ["b", null, "a", "b", "b", null, "c", "a"];

        var coded = CodedColumn.Of(codes);

        Assert.Equal(["b", "a", "c"], coded.Values);
        Assert.Equal([3, 2, 1], coded.Counts);
        Assert.Equal([0, -1, 1, 0, 0, -1, 2, 1], coded.Rows);
        for (var r = 0; r < codes.Length; r++)
            Assert.Equal(codes[r], coded.Rows[r] < 0 ? null : coded.Values[coded.Rows[r]]);
    }

    [Fact]
    public void Maps_each_row_through_a_decision_taken_once_per_distinct_code()
    {
        var decided = new List<string>();
        var coded = CodedColumn.Of(["vrouw", "man", "vrouw", null, "man", "vrouw"]);

        var lengths = coded.Map(code => { decided.Add(code); return code.Length; }, -1);

        Assert.Equal([5, 3, 5, -1, 3, 5], lengths);
        Assert.Equal(["vrouw", "man"], decided);
    }

    [Fact]
    public void Curated_data_keeps_one_coding_per_column_and_codes_scores_as_text()
    {
        var data = new CuratedData(3, new Dictionary<string, Array> { ["workload"] = new int?[] { 4, null, 4 } },
            new Dictionary<string, string>());

        var coded = data.Coded("workload");

        Assert.Same(coded, data.Coded("workload"));
        Assert.Equal(["4"], coded.Values);
        Assert.Equal([0, -1, 0], coded.Rows);
        Assert.Equal([-1, -1, -1], data.Coded("absent").Rows);
    }

    [Fact]
    public void Curated_data_uses_the_coding_its_reader_made_and_codes_other_columns_itself()
    {
        string?[] genders = ["man", null, "vrouw", "man"];
        var read = CodedColumn.FromPositions(["man", "vrouw"], [0, -1, 1, 0], [2, 1]);
        var data = new CuratedData(4, new Dictionary<string, Array> { ["gender"] = genders, ["region"] = genders },
            new Dictionary<string, string>()) { Coding = new Dictionary<string, CodedColumn> { ["gender"] = read } };

        Assert.Same(read, data.Coded("gender"));
        var coded = data.Coded("region");
        Assert.NotSame(read, coded);
        Assert.Equal(read.Rows, coded.Rows);
    }

    [Fact]
    public void A_coding_made_elsewhere_needs_a_count_per_distinct_value()
    {
        var error = Assert.Throws<ArgumentException>(() => CodedColumn.FromPositions(["man", "vrouw"], [0, 1], [1]));

        Assert.Contains("2 distinct values but 1 counts", error.Message);
    }

    [Fact]
    public void A_column_of_scores_is_coded_as_its_texts_would_be()
    {
        var data = new CuratedData(7, new Dictionary<string, Array> { ["workload"] = new int?[] { 4, null, 12, 4, 0, 12, -3 } },
            new Dictionary<string, string>());

        var coded = data.Coded("workload");
        var fromTexts = CodedColumn.Of(data.Codes("workload")!);

        Assert.Equal(["4", "12", "0", "-3"], coded.Values);
        Assert.Equal(fromTexts.Values, coded.Values);
        Assert.Equal(fromTexts.Rows, coded.Rows);
        Assert.Equal(fromTexts.Counts, coded.Counts);
    }

    [Fact]
    public void Maps_each_row_through_one_decision_per_distinct_code_given_in_order()
    {
        var coded = CodedColumn.Of(["b", null, "a", "b"]);

        Assert.Equal([10, -1, 20, 10], coded.Map([10, 20], -1));
        Assert.Throws<ArgumentException>(() => coded.Map([10], -1));
    }
}
