namespace PohAnalytics.Core.Codebook.Versions;

/// <summary>The stored codebook versions (Table Storage in production).</summary>
public interface ICodebookStore
{
    /// <summary>The latest version, or null while nothing is stored.</summary>
    Task<CodebookVersion?> GetLatestAsync(CancellationToken cancellationToken);

    /// <summary>One version, or null.</summary>
    Task<CodebookVersion?> GetAsync(int revision, CancellationToken cancellationToken);

    /// <summary>Every version, oldest first, without content.</summary>
    Task<IReadOnlyList<CodebookVersion>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="version"/> as the latest if the latest is still revision <c>version.Revision − 1</c> (none for 1);
    /// false when another writer stored that revision first (nothing is written then).
    /// </summary>
    Task<bool> TryAddAsync(CodebookVersion version, CancellationToken cancellationToken);
}
