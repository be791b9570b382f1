using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Tests.Ingestion;

namespace PohAnalytics.Core.Tests.Statistics.Representativeness;

/// <summary>The Table 4.1 benchmarks as shipped, and small hand-made ones.</summary>
internal static class Benchmarks
{
    public static IReadOnlyList<BenchmarkDefinition> BuiltIn { get; } = new BenchmarkCsvParser(PipelineRun.Codebook).LoadBuiltIn();

    public static BenchmarkDefinition Get(string id) => BuiltIn.Single(b => b.Id == id);

    public static BenchmarkDefinition Of(int n, params BenchmarkItem[] items) => new()
    {
        Id = "test", Source = "test", SurveyYear = "2024", Population = "POH-GGZ", Respondents = n, Items = items,
    };

    public static BenchmarkItem Percent(string variable, string code, double value) =>
        new(variable, [code], code, BenchmarkStatistic.Percent, value);
}
