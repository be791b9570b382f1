using System.Collections.Concurrent;
using System.Text;

namespace PohAnalytics.Core.Codebook.Versions;

/// <summary>
/// The current codebook from <see cref="ICodebookStore"/>, cached per revision. Revision 1 is the seed in the repository,
/// also before anything is stored. Refreshed by every ingestion, every refresh of the published JSON and every change.
/// </summary>
public sealed class CodebookProvider : ICodebookProvider
{
    private readonly ICodebookStore _store;
    private readonly ConcurrentDictionary<int, CodebookDefinition> _byRevision = new();
    private volatile CodebookDefinition _current;

    /// <summary>Reads from <paramref name="store"/>; <paramref name="seed"/> is revision 1.</summary>
    public CodebookProvider(ICodebookStore store, CodebookDefinition seed)
    {
        _store = store;
        Seed = seed;
        _current = seed;
        _byRevision[1] = seed;
    }

    /// <summary>The codebook in the repository: revision 1.</summary>
    public CodebookDefinition Seed { get; }

    /// <inheritdoc />
    public CodebookDefinition Current => _current;

    /// <inheritdoc />
    public async Task<CodebookDefinition> GetCurrentAsync(CancellationToken cancellationToken)
    {
        var latest = await _store.GetLatestAsync(cancellationToken);
        if (latest is not null) Accept(latest);
        return _current;
    }

    /// <inheritdoc />
    public async Task<CodebookDefinition> GetAsync(int revision, CancellationToken cancellationToken)
    {
        if (_byRevision.TryGetValue(revision, out var known)) return known;
        var version = await _store.GetAsync(revision, cancellationToken)
            ?? throw new KeyNotFoundException($"Codebook revision {revision} is not stored.");
        return Parse(version);
    }

    /// <inheritdoc />
    public void Accept(CodebookVersion version)
    {
        var codebook = Parse(version);
        lock (_byRevision)
            if (codebook.Revision > _current.Revision) _current = codebook;
    }

    private CodebookDefinition Parse(CodebookVersion version) =>
        _byRevision.GetOrAdd(version.Revision,
            _ => CodebookLoader.Parse(Encoding.UTF8.GetBytes(version.Content)) with { Revision = version.Revision });
}
