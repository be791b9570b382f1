namespace PohAnalytics.Core.Publishing;

/// <summary>Contributes publication units to every refresh (dataset list, dashboard views …).</summary>
public interface IPublicationSource
{
    /// <summary>The units this source publishes, with their current input hashes.</summary>
    Task<IReadOnlyList<PublicationUnit>> GetUnitsAsync(CancellationToken cancellationToken);
}
