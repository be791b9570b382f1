using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Core.Application;

/// <summary>
/// Asks for a refresh and tells the serving caches of this instance that served inputs changed: every ingestion and
/// benchmark change asks for a refresh after it is stored.
/// </summary>
public sealed class ChangeRecordingRefreshQueue(IRefreshQueue inner, ServingChanges changes) : IRefreshQueue
{
    /// <inheritdoc />
    public async Task RequestAsync(string trigger, CancellationToken cancellationToken)
    {
        changes.Changed();
        await inner.RequestAsync(trigger, cancellationToken);
    }
}
