using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Tests.Registry;

public class CuratedDataTests
{
    private static readonly Dictionary<string, string> NoMetadata = [];

    [Fact]
    public void A_copy_with_other_columns_codes_and_converts_its_own_columns()
    {
        var original = new CuratedData(3, Columns(["a", "b", "a"], [1, 2, 3]), NoMetadata);
        Assert.Equal(["a", "b"], original.Coded("region").Values);
        Assert.Equal([1.0, 2.0, 3.0], original.Numbers("workload"));

        var copy = original with { Columns = Columns(["c", "c", null], [5, null, 5]) };

        Texts(["c", "c", null], copy.Coded("region").Expand());
        Assert.Equal([5.0, null, 5.0], copy.Numbers("workload"));
        Texts(["5", null, "5"], copy.Codes("workload"));
        Texts(["a", "b", "a"], original.Coded("region").Expand());
    }

    [Fact]
    public void A_copy_keeps_the_readers_coding_only_while_it_has_the_same_columns()
    {
        var columns = Columns(["a", "b", "a"], [1, 2, 3]);
        var readerCoding = new Dictionary<string, CodedColumn> { ["region"] = CodedColumn.Of(["a", "b", "a"]) };
        var original = new CuratedData(3, columns, NoMetadata) { Coding = readerCoding };

        var relabelled = original with { Metadata = new Dictionary<string, string> { ["wave"] = "2018" } };
        var other = original with { Columns = Columns(["x", "y", "y"], [1, 1, 1]) };

        Assert.Same(readerCoding["region"], relabelled.Coded("region"));
        Assert.Null(other.Coding);
        Texts(["x", "y", "y"], other.Coded("region").Expand());
    }

    private static void Texts(string?[] expected, string?[]? actual) => Assert.Equal<IEnumerable<string?>>(expected, actual);

    private static Dictionary<string, Array> Columns(string?[] region, int?[] workload) =>
        new() { ["region"] = region, ["workload"] = workload };
}
