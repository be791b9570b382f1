using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PohAnalytics.Core.Benchmarks;

/// <summary>One version of a benchmark: a published (or computed) set of figures about a comparable population.</summary>
public sealed record BenchmarkDefinition
{
    /// <summary>Stable id, e.g. "lvpohggz-2018".</summary>
    public required string Id { get; init; }
    /// <summary>Who collected it.</summary>
    public required string Source { get; init; }
    /// <summary>Survey year or period, e.g. "2018" or "2017-2019".</summary>
    public required string SurveyYear { get; init; }
    /// <summary>Who answered, e.g. "POH-GGZ" or "GPs reporting on their POH-GGZ".</summary>
    public required string Population { get; init; }
    /// <summary>Respondents of the benchmark survey (the n of the comparison).</summary>
    public required int Respondents { get; init; }
    /// <summary>Version number from 1; 0 before the registry stored it.</summary>
    public int Version { get; init; }
    /// <summary>Where this version came from.</summary>
    public BenchmarkOrigin Origin { get; init; } = BenchmarkOrigin.Upload;
    /// <summary>For benchmarks promoted from a dataset: "datasetId@vN".</summary>
    public string? FromDataset { get; init; }
    /// <summary>Whether the figures were computed from microdata (counts exact, SDs known).</summary>
    public bool HasMicrodata { get; init; }
    /// <summary>When this version was stored.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>The figures, in file order.</summary>
    public required IReadOnlyList<BenchmarkItem> Items { get; init; }

    /// <summary>SHA-256 of the content (metadata and items, not version or time): equal content, equal hash.</summary>
    public string ContentSha256
    {
        get
        {
            var content = JsonSerializer.Serialize(new { Id, Source, SurveyYear, Population, Respondents, Origin, FromDataset, HasMicrodata, Items });
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        }
    }

    /// <summary>For a benchmark promoted from a dataset: that dataset's id and version (parsed from <see cref="FromDataset"/>).</summary>
    public (string DatasetId, int Version)? SourceDataset()
    {
        var at = FromDataset?.LastIndexOf("@v", StringComparison.Ordinal) ?? -1;
        return Origin == BenchmarkOrigin.Dataset && at > 0
            && int.TryParse(FromDataset.AsSpan(at + 2), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? (FromDataset![..at], version)
            : null;
    }

    /// <summary>The items of one variable.</summary>
    public IEnumerable<BenchmarkItem> ItemsOf(string variable) => Items.Where(i => i.Variable == variable);
}
