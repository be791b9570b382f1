using PohAnalytics.Core.Codebook.Versions;

namespace PohAnalytics.Core.Tests.Codebook;

/// <summary>An <see cref="ICodebookStore"/> in memory with the same compare-and-add rule as the table store.</summary>
internal sealed class InMemoryCodebookStore : ICodebookStore
{
    private readonly List<CodebookVersion> _versions = [];

    public Task<CodebookVersion?> GetLatestAsync(CancellationToken cancellationToken)
    {
        lock (_versions) return Task.FromResult(_versions.LastOrDefault());
    }

    public Task<CodebookVersion?> GetAsync(int revision, CancellationToken cancellationToken)
    {
        lock (_versions) return Task.FromResult(_versions.FirstOrDefault(v => v.Revision == revision));
    }

    public Task<IReadOnlyList<CodebookVersion>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_versions) return Task.FromResult<IReadOnlyList<CodebookVersion>>(_versions.ToList());
    }

    public async Task<bool> TryAddAsync(CodebookVersion version, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_versions)
        {
            if ((_versions.LastOrDefault()?.Revision ?? 0) != version.Revision - 1) return false;
            _versions.Add(version);
            return true;
        }
    }
}
