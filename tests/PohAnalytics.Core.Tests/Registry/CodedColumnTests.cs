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
}
