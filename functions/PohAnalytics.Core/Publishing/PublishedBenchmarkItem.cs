using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Publishing;

/// <summary>A benchmark figure as served: codes with their codebook labels, the value unless suppressed.</summary>
/// <param name="Variable">Codebook variable id.</param>
/// <param name="VariableLabel">Variable label.</param>
/// <param name="Categories">Category codes (empty for a mean).</param>
/// <param name="Label">Codebook label of the categories (null for a mean).</param>
/// <param name="PublishedLabel">The label as the source published it.</param>
/// <param name="Statistic">Percent or mean.</param>
/// <param name="Value">The figure; null when suppressed.</param>
/// <param name="StandardDeviation">SD of a mean when known.</param>
/// <param name="N">Respondents behind the figure when known.</param>
/// <param name="Note">Note from the source.</param>
/// <param name="Suppressed">Whether withheld by small-cell suppression (benchmarks computed from microdata only).</param>
public sealed record PublishedBenchmarkItem(
    string Variable, LocalizedText VariableLabel, IReadOnlyList<string> Categories, LocalizedText? Label, string? PublishedLabel,
    BenchmarkStatistic Statistic, double? Value, double? StandardDeviation, double? N, string? Note, bool Suppressed);
