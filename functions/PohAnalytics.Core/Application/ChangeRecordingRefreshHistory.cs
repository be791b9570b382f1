using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Core.Application;

/// <summary>
/// Records refreshes and tells the serving caches of this instance that a refresh ended (a new manifest, a new
/// last-refresh time), so they are not served from memory a moment longer.
/// </summary>
public sealed class ChangeRecordingRefreshHistory(IRefreshHistory inner, ServingChanges changes) : IRefreshHistory
{
    /// <inheritdoc />
    public async Task AddAsync(RefreshRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await inner.AddAsync(record, cancellationToken);
        }
        finally
        {
            changes.Changed();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RefreshRecord>> ListAsync(int top, CancellationToken cancellationToken) =>
        inner.ListAsync(top, cancellationToken);
}
