namespace PohAnalytics.Core.Publishing;

/// <summary>Storage of published documents and the manifest (the <c>published</c> container).</summary>
public interface IPublishedStore
{
    /// <summary>The current manifest and its concurrency tag, or (null, null) before the first publication.</summary>
    Task<(PublishedManifest? Manifest, string? ETag)> GetManifestAsync(CancellationToken cancellationToken);

    /// <summary>Writes a document under a version-specific storage path and returns that path.</summary>
    Task<string> WriteDocumentAsync(int version, PublishedDocument document, CancellationToken cancellationToken);

    /// <summary>Replaces the manifest only if it still has <paramref name="expectedETag"/> (null: only if none exists).</summary>
    Task<bool> TrySwitchManifestAsync(PublishedManifest manifest, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Opens a published document by storage path, or null.</summary>
    Task<PublishedContent?> OpenAsync(string storagePath, CancellationToken cancellationToken);

    /// <summary>Serialises refreshes: runs <paramref name="action"/> while holding the refresh lease, waiting up to <paramref name="wait"/>.</summary>
    Task<bool> RunExclusiveAsync(Func<CancellationToken, Task> action, TimeSpan wait, CancellationToken cancellationToken);
}
