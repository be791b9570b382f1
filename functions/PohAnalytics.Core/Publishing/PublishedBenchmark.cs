using PohAnalytics.Core.Benchmarks;

namespace PohAnalytics.Core.Publishing;

/// <summary>The latest version of a benchmark as served by <c>GET /api/benchmarks</c>.</summary>
/// <param name="Id">Benchmark id.</param>
/// <param name="Version">Version number.</param>
/// <param name="Source">Who collected it.</param>
/// <param name="SurveyYear">Survey year or period.</param>
/// <param name="Population">Who answered.</param>
/// <param name="Respondents">Respondents n.</param>
/// <param name="Origin">Reference data, upload or dataset.</param>
/// <param name="FromDataset">"datasetId@vN" for promoted datasets.</param>
/// <param name="HasMicrodata">Whether computed from microdata.</param>
/// <param name="CreatedAt">When stored.</param>
/// <param name="Items">The figures; variables without an item were not measured.</param>
public sealed record PublishedBenchmark(
    string Id, int Version, string Source, string SurveyYear, string Population, int Respondents, BenchmarkOrigin Origin,
    string? FromDataset, bool HasMicrodata, DateTimeOffset CreatedAt, IReadOnlyList<PublishedBenchmarkItem> Items);
