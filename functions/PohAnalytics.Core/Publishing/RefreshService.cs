using System.Globalization;
using Microsoft.Extensions.Logging;

namespace PohAnalytics.Core.Publishing;

/// <summary>
/// Rebuilds what is stale and publishes it atomically: new documents are written under a new version first, then the
/// manifest is switched in one conditional write. Refreshes run one at a time under a storage lease, so two refreshes
/// (or a refresh during an ingestion) always leave a manifest whose documents all exist and match their inputs.
/// </summary>
public sealed class RefreshService(
    IEnumerable<IPublicationSource> sources, IPublishedStore store, IRefreshHistory history, TimeProvider clock, ILogger<RefreshService> logger)
{
    /// <summary>How long a refresh waits for another one to finish before it reports itself skipped.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromMinutes(2);

    /// <summary>Runs one refresh and records it in the history.</summary>
    public async Task<RefreshRecord> RefreshAsync(string trigger, bool force, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var id = NewId(started);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RefreshId"] = id, ["Trigger"] = trigger });
        RefreshRecord? record = null;
        try
        {
            var ran = await store.RunExclusiveAsync(async token => record = await PublishAsync(id, trigger, force, started, token), LockWait, cancellationToken);
            record ??= new RefreshRecord { Id = id, Trigger = trigger, Outcome = ran ? "failed" : "skipped", StartedAt = started, CompletedAt = clock.GetUtcNow(),
                Error = ran ? "The refresh ended without a result." : "Another refresh held the lock; it publishes the same inputs." };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Refresh failed; the previous publication stays served");
            record = new RefreshRecord { Id = id, Trigger = trigger, Outcome = "failed", StartedAt = started, CompletedAt = clock.GetUtcNow(), Error = ex.Message };
        }
        await history.AddAsync(record, CancellationToken.None);
        logger.LogInformation("Refresh {Outcome}: version {Version}, rebuilt {Rebuilt}, reused {Reused}", record.Outcome, record.Version, string.Join(",", record.Rebuilt), record.Reused);
        return record;
    }

    private async Task<RefreshRecord> PublishAsync(string id, string trigger, bool force, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var (current, etag) = await store.GetManifestAsync(cancellationToken);
        var units = new List<PublicationUnit>();
        var listing = System.Diagnostics.Stopwatch.StartNew();
        foreach (var source in sources)
            units.AddRange(await source.GetUnitsAsync(cancellationToken));
        logger.LogDebug("Listed {Units} units in {Milliseconds} ms", units.Count, listing.ElapsedMilliseconds);

        var version = (current?.Version ?? 0) + 1;
        var next = new PublishedManifest { Version = version, PublishedAt = clock.GetUtcNow(), RefreshId = id };
        var rebuilt = new List<string>();
        var reused = 0;
        foreach (var unit in units)
        {
            if (!force && current is not null && IsCurrent(current, unit))
            {
                next.UnitHashes[unit.Key] = unit.InputHash;
                next.UnitDocuments[unit.Key] = current.UnitDocuments[unit.Key];
                foreach (var path in current.UnitDocuments[unit.Key]) next.Documents[path] = current.Documents[path];
                reused++;
                continue;
            }
            var building = System.Diagnostics.Stopwatch.StartNew();
            var documents = await unit.BuildAsync(cancellationToken);
            foreach (var document in documents)
                next.Documents[document.Path] = await store.WriteDocumentAsync(version, document, cancellationToken);
            logger.LogDebug("Rebuilt {Unit} in {Milliseconds} ms", unit.Key, building.ElapsedMilliseconds);
            next.UnitHashes[unit.Key] = unit.InputHash;
            next.UnitDocuments[unit.Key] = documents.Select(d => d.Path).ToList();
            rebuilt.Add(unit.Key);
        }

        var unchanged = current is not null && rebuilt.Count == 0 && current.UnitHashes.Keys.ToHashSet().SetEquals(next.UnitHashes.Keys);
        if (unchanged)
            return new RefreshRecord { Id = id, Trigger = trigger, Outcome = "up-to-date", StartedAt = started, CompletedAt = clock.GetUtcNow(), Version = current!.Version, Reused = reused };
        if (!await store.TrySwitchManifestAsync(next, etag, cancellationToken))
            throw new InvalidOperationException("The published manifest changed during the refresh; nothing was switched.");
        return new RefreshRecord { Id = id, Trigger = trigger, Outcome = "published", StartedAt = started, CompletedAt = clock.GetUtcNow(), Version = version, Rebuilt = rebuilt, Reused = reused };
    }

    private static bool IsCurrent(PublishedManifest manifest, PublicationUnit unit) =>
        manifest.UnitHashes.TryGetValue(unit.Key, out var hash) && hash == unit.InputHash
        && manifest.UnitDocuments.TryGetValue(unit.Key, out var paths) && paths.All(manifest.Documents.ContainsKey);

    // Inverted ticks sort newest first as text, which is how Table Storage returns row keys.
    private static string NewId(DateTimeOffset now) =>
        (DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
}
