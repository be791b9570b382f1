namespace PohAnalytics.Core.Benchmarks;

/// <summary>What a benchmark item reports.</summary>
public enum BenchmarkStatistic
{
    /// <summary>The percentage of respondents in a category (or set of categories, or with a multi-response option).</summary>
    Percent,
    /// <summary>The mean of a numeric variable.</summary>
    Mean,
}
