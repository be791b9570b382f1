using System.Collections.Concurrent;
using System.Text.Json;
using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Core.Application;

/// <summary>
/// Serves the current publication from memory. The manifest is re-read at most once per
/// <see cref="ServingChanges.TimeToLive"/> (at once after a refresh on this instance); a document's bytes are read once
/// per storage path, which names its publication version and never changes once a manifest points at it. Only documents
/// of the current manifest are kept, so memory stays at one publication.
/// </summary>
public sealed class PublishedSnapshotCache
{
    private readonly IPublishedStore _store;
    private readonly ServingState<CurrentPublication?> _current;
    private readonly ConcurrentDictionary<string, Lazy<Task<ServedDocument?>>> _documents = new(StringComparer.Ordinal);
    private int _trimmedForVersion = -1;

    /// <summary>Creates the cache over the published store.</summary>
    public PublishedSnapshotCache(IPublishedStore store, ServingChanges changes, TimeProvider clock)
    {
        _store = store;
        _current = new ServingState<CurrentPublication?>(ReadManifestAsync, changes, clock);
    }

    /// <summary>The current manifest with its served form, or null before the first publication.</summary>
    public Task<CurrentPublication?> CurrentAsync() => _current.GetAsync();

    /// <summary>A document of the current publication by logical path; null when it is not published or missing.</summary>
    public async Task<ServedDocument?> GetAsync(CurrentPublication publication, string path)
    {
        if (!publication.Manifest.Documents.TryGetValue(path, out var storagePath)) return null;
        Trim(publication.Manifest);
        var entry = _documents.GetOrAdd(storagePath, p => new Lazy<Task<ServedDocument?>>(() => ReadDocumentAsync(p)));
        try
        {
            var document = await entry.Value;
            if (document is null) _documents.TryRemove(storagePath, out _);
            return document;
        }
        catch
        {
            _documents.TryRemove(storagePath, out _);
            throw;
        }
    }

    private async Task<CurrentPublication?> ReadManifestAsync(CancellationToken cancellationToken)
    {
        var (manifest, _) = await _store.GetManifestAsync(cancellationToken);
        return manifest is null
            ? null
            : new CurrentPublication(manifest,
                ServedDocument.Of(JsonSerializer.SerializeToUtf8Bytes(manifest, ServedJson.Options), "application/json; charset=utf-8"));
    }

    private async Task<ServedDocument?> ReadDocumentAsync(string storagePath)
    {
        var content = await _store.OpenAsync(storagePath, CancellationToken.None);
        return content is null ? null : ServedDocument.Of(content.Content, content.ContentType);
    }

    private void Trim(PublishedManifest manifest)
    {
        if (Interlocked.Exchange(ref _trimmedForVersion, manifest.Version) == manifest.Version) return;
        var current = manifest.Documents.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _documents.Keys.Where(p => !current.Contains(p)).ToList())
            _documents.TryRemove(path, out _);
    }
}
