using System.Text.Json.Serialization;

namespace PohAnalytics.Core.Benchmarks;

/// <summary>
/// One published figure of a benchmark, mapped onto the codebook. What a benchmark did not measure has no item:
/// an absent item means "not measured", never zero.
/// </summary>
/// <param name="Variable">Codebook variable id.</param>
/// <param name="Categories">Category codes the percentage covers (one code, several for a union such as "2 weeks or
/// more", a multi-response option code); empty for a mean.</param>
/// <param name="Label">The label as published (e.g. "2 weken of langer"); empty for a mean.</param>
/// <param name="Statistic">Percentage or mean.</param>
/// <param name="Value">The percentage (0–100) or the mean.</param>
/// <param name="StandardDeviation">SD of a mean when known (benchmarks computed from microdata); null when unpublished.</param>
/// <param name="N">Respondents behind this figure when known (valid n); null means the benchmark's respondents n.</param>
/// <param name="Note">Free note from the source file.</param>
/// <param name="Includes">Category harmonisation: sample categories the benchmark's category includes (e.g. LHV's "Anders"
/// includes the sample's "seconded by another organisation"); they are also in <paramref name="Categories"/>. Null when none.</param>
public sealed record BenchmarkItem(
    string Variable,
    IReadOnlyList<string> Categories,
    string Label,
    BenchmarkStatistic Statistic,
    double Value,
    double? StandardDeviation = null,
    double? N = null,
    string? Note = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Includes = null)
{
    /// <summary>Whether the item is one cell of a distribution: a single category, or a category that includes others
    /// by harmonisation.</summary>
    [JsonIgnore]
    public bool IsDistributionCell => Statistic == BenchmarkStatistic.Percent && (Categories.Count == 1 || Includes is { Count: > 0 });

    /// <summary>Whether the item covers exactly one category (so it can be part of a distribution).</summary>
    public bool IsSingleCategory => Statistic == BenchmarkStatistic.Percent && Categories.Count == 1;

    /// <summary>A key that identifies the item within its benchmark: variable plus sorted categories.</summary>
    public string Key => Categories.Count == 0 ? Variable : $"{Variable}:{string.Join("+", Categories.Order(StringComparer.Ordinal))}";
}
