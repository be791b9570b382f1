namespace PohAnalytics.Core.Publishing;

/// <summary>
/// A group of documents rebuilt together. The refresh rebuilds a unit only when its input hash changed since the
/// published manifest; otherwise it reuses the unit's published documents.
/// </summary>
/// <param name="Key">Stable unit key, e.g. <c>datasets</c> or <c>views/overview</c>.</param>
/// <param name="InputHash">Hash of everything the unit's documents depend on (data versions, benchmarks, codebook, code version).</param>
/// <param name="BuildAsync">Builds the documents.</param>
public sealed record PublicationUnit(string Key, string InputHash, Func<CancellationToken, Task<IReadOnlyList<PublishedDocument>>> BuildAsync);
