namespace PohAnalytics.Core.Publishing;

/// <summary>Refresh history (Table Storage).</summary>
public interface IRefreshHistory
{
    /// <summary>Stores a run.</summary>
    Task AddAsync(RefreshRecord record, CancellationToken cancellationToken);

    /// <summary>The latest runs, newest first.</summary>
    Task<IReadOnlyList<RefreshRecord>> ListAsync(int top, CancellationToken cancellationToken);
}
