using System.Text.Json;
using System.Text.Json.Serialization;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Publishing;

/// <summary>
/// Publishes the analytics as static JSON for the dashboard on every refresh: <c>analytics/benchmarks.json</c>,
/// <c>analytics/descriptives/{dataset}.json</c> and <c>analytics/representativeness/{dataset}/{benchmark}.json</c>
/// (unweighted). Each unit's input hash is the one the analytics service caches by, so a unit is rebuilt exactly when
/// its dataset version, benchmark version, codebook or suppression threshold changed. The documents have the shape of
/// the corresponding API responses.
/// </summary>
public sealed class AnalyticsPublicationSource(AnalyticsService analytics) : IPublicationSource
{
    /// <summary>JSON of the published documents: web defaults, kebab-case enums, no nulls (as the API).</summary>
    public static readonly JsonSerializerOptions Json = ServedJson.Options;

    /// <inheritdoc />
    public async Task<IReadOnlyList<PublicationUnit>> GetUnitsAsync(CancellationToken cancellationToken)
    {
        // Every unit is hashed and built from one read of the registries.
        var snapshot = await analytics.SnapshotAsync(cancellationToken);
        var benchmarks = snapshot.Benchmarks;
        var current = snapshot.Datasets
            .Where(d => d.CurrentVersion > 0 && d.CurrentCuratedPath is not null && d.Metadata.Kind != DatasetKind.CodedAnswers).ToList();
        var units = new List<PublicationUnit>
        {
            Unit(snapshot, "analytics/benchmarks", analytics.BenchmarksInputHash(benchmarks),
                async token => Document("analytics/benchmarks.json", await analytics.ListBenchmarksAsync(token))),
        };
        foreach (var dataset in current)
        {
            units.Add(Unit(snapshot, $"analytics/descriptives/{dataset.Id}", analytics.DescriptivesInputHash(dataset, benchmarks),
                async token => Document($"analytics/descriptives/{dataset.Id}.json", await analytics.DescribeAsync(dataset, token))));
            foreach (var benchmark in benchmarks.Where(b => b.Id != dataset.Id))
                units.Add(Unit(snapshot, $"analytics/representativeness/{dataset.Id}/{benchmark.Id}",
                    analytics.RepresentativenessInputHash(dataset, benchmark, null, benchmarks),
                    async token => Document($"analytics/representativeness/{dataset.Id}/{benchmark.Id}.json",
                        await analytics.CompareAsync(dataset, benchmark, null, token))));
        }
        return units;
    }

    private static PublicationUnit Unit(
        RegistrySnapshot snapshot, string key, string inputHash, Func<CancellationToken, Task<PublishedDocument>> build) =>
        new(key, inputHash, async token =>
        {
            using var pinned = snapshot.Pin();
            return [await build(token)];
        });

    private static PublishedDocument Document(string path, object body) => new(path, JsonSerializer.SerializeToUtf8Bytes(body, Json));
}
