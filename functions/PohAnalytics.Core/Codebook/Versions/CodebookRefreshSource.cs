using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Core.Codebook.Versions;

/// <summary>
/// Publishes nothing; registered first among the publication sources so every refresh reads the latest codebook version
/// before the other sources hash their inputs with it (a new version thus rebuilds what depends on the codebook).
/// </summary>
public sealed class CodebookRefreshSource(ICodebookProvider codebooks) : IPublicationSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<PublicationUnit>> GetUnitsAsync(CancellationToken cancellationToken)
    {
        await codebooks.GetCurrentAsync(cancellationToken);
        return [];
    }
}
