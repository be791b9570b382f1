namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>A dataset version against a benchmark version, optionally with raking.</summary>
public sealed record RepresentativenessReport
{
    /// <summary>Dataset id.</summary>
    public required string DatasetId { get; init; }
    /// <summary>Dataset version compared.</summary>
    public int DatasetVersion { get; init; }
    /// <summary>Respondents in the dataset.</summary>
    public int SampleN { get; init; }
    /// <summary>Benchmark id.</summary>
    public required string BenchmarkId { get; init; }
    /// <summary>Benchmark version compared.</summary>
    public int BenchmarkVersion { get; init; }
    /// <summary>Who collected the benchmark.</summary>
    public required string BenchmarkSource { get; init; }
    /// <summary>Who answered the benchmark survey (e.g. "GPs reporting on their POH-GGZ": an indirect comparison).</summary>
    public string? BenchmarkPopulation { get; init; }
    /// <summary>Survey year or period of the benchmark.</summary>
    public string? BenchmarkSurveyYear { get; init; }
    /// <summary>Benchmark respondents.</summary>
    public int BenchmarkN { get; init; }
    /// <summary>Whether the benchmark was computed from microdata (exact counts, SDs known).</summary>
    public bool BenchmarkHasMicrodata { get; init; }
    /// <summary>Unweighted comparisons and summary.</summary>
    public required Comparisons Comparisons { get; init; }
    /// <summary>Raking to the benchmark's margins, when asked for.</summary>
    public RakingReport? Raking { get; init; }
}
