using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Core.Tests.Publishing;

public sealed class InMemoryPublishedStore : IPublishedStore
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    public Dictionary<string, byte[]> Blobs { get; } = new();
    public PublishedManifest? Manifest { get; private set; }
    private int _etag;

    public Task<(PublishedManifest? Manifest, string? ETag)> GetManifestAsync(CancellationToken cancellationToken) =>
        Task.FromResult((Manifest, Manifest is null ? null : _etag.ToString()));

    public Task<string> WriteDocumentAsync(int version, PublishedDocument document, CancellationToken cancellationToken)
    {
        var path = $"v{version}/{document.Path}";
        Blobs[path] = document.Content;
        return Task.FromResult(path);
    }

    public Task<bool> TrySwitchManifestAsync(PublishedManifest manifest, string? expectedETag, CancellationToken cancellationToken)
    {
        if ((Manifest is null ? null : _etag.ToString()) != expectedETag) return Task.FromResult(false);
        Manifest = manifest;
        _etag++;
        return Task.FromResult(true);
    }

    public Task<PublishedContent?> OpenAsync(string storagePath, CancellationToken cancellationToken) =>
        Task.FromResult(Blobs.TryGetValue(storagePath, out var b) ? new PublishedContent(b, "application/json", "x") : null);

    public async Task<bool> RunExclusiveAsync(Func<CancellationToken, Task> action, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!await _lock.WaitAsync(wait, cancellationToken)) return false;
        try { await action(cancellationToken); return true; }
        finally { _lock.Release(); }
    }
}

public sealed class InMemoryHistory : IRefreshHistory
{
    public List<RefreshRecord> Records { get; } = [];
    public Task AddAsync(RefreshRecord record, CancellationToken cancellationToken) { lock (Records) Records.Add(record); return Task.CompletedTask; }
    public Task<IReadOnlyList<RefreshRecord>> ListAsync(int top, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RefreshRecord>>(Records.AsEnumerable().Reverse().Take(top).ToList());
}

/// <summary>A source whose units and hashes the test sets, counting builds.</summary>
public sealed class ScriptedSource : IPublicationSource
{
    public Dictionary<string, string> Hashes { get; } = new();
    public Dictionary<string, int> Builds { get; } = new();
    public string? FailOn { get; set; }

    public Task<IReadOnlyList<PublicationUnit>> GetUnitsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PublicationUnit>>(Hashes.Select(kv => new PublicationUnit(kv.Key, kv.Value, _ =>
        {
            if (FailOn == kv.Key) throw new InvalidOperationException($"cannot build {kv.Key}");
            Builds[kv.Key] = Builds.GetValueOrDefault(kv.Key) + 1;
            return Task.FromResult<IReadOnlyList<PublishedDocument>>([new PublishedDocument($"{kv.Key}.json", System.Text.Encoding.UTF8.GetBytes(kv.Value))]);
        })).ToList());
}
