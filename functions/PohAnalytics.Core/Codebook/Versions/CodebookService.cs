using System.Text;
using System.Text.Json;

namespace PohAnalytics.Core.Codebook.Versions;

/// <summary>
/// Staff's changes to the codebook: every change stores a new version (optimistic concurrency, retried, so concurrent
/// changes get distinct versions and none is lost); versions are listed and can be restored (as a new version).
/// </summary>
public sealed class CodebookService(ICodebookStore store, CodebookProvider provider, TimeProvider clock)
{
    private const int MaxAttempts = 50;

    /// <summary>The current version (the seed while nothing is stored).</summary>
    public async Task<CodebookVersion> CurrentAsync(CancellationToken cancellationToken) =>
        await store.GetLatestAsync(cancellationToken) ?? SeedVersion();

    /// <summary>Every version, oldest first (the seed alone while nothing is stored).</summary>
    public async Task<IReadOnlyList<CodebookVersion>> ListAsync(CancellationToken cancellationToken)
    {
        var list = await store.ListAsync(cancellationToken);
        return list.Count == 0 ? [SeedVersion() with { Content = "" }] : list;
    }

    /// <summary>Adds aliases as a new version and returns it.</summary>
    /// <exception cref="CodebookChangeException">A change is refused; nothing is stored.</exception>
    public Task<CodebookVersion> AddAliasesAsync(
        IReadOnlyList<AliasChange> changes, string? author, string? reason, CancellationToken cancellationToken) =>
        AddAsync(latest => AliasEditor.Apply(latest, changes), author, reason, null, cancellationToken);

    /// <summary>Stores the content of an earlier revision as a new version.</summary>
    /// <exception cref="Application.AnalyticsNotFoundException">No such revision.</exception>
    public async Task<CodebookVersion> RestoreAsync(int revision, string? author, string? reason, CancellationToken cancellationToken)
    {
        if (revision != 1 && await store.GetAsync(revision, cancellationToken) is null)
            throw new Application.AnalyticsNotFoundException($"Codebook revision {revision} does not exist.");
        var restored = await provider.GetAsync(revision, cancellationToken);
        return await AddAsync(_ => (restored, [$"restored revision {revision}"]), author, reason, revision, cancellationToken);
    }

    private async Task<CodebookVersion> AddAsync(
        Func<CodebookDefinition, (CodebookDefinition Codebook, IReadOnlyList<string> Changes)> change,
        string? author, string? reason, int? restoredFrom, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var latest = await store.GetLatestAsync(cancellationToken);
            if (latest is null)
            {
                await store.TryAddAsync(SeedVersion(), cancellationToken);
                continue;
            }
            var current = await provider.GetAsync(latest.Revision, cancellationToken);
            var (changed, lines) = change(current);
            var next = changed with { Revision = latest.Revision + 1 };
            var content = JsonSerializer.Serialize(next, CodebookLoader.JsonOptions);
            var parsed = CodebookLoader.Parse(Encoding.UTF8.GetBytes(content));
            var version = new CodebookVersion
            {
                Revision = next.Revision,
                Version = parsed.Version,
                Sha256 = parsed.Sha256,
                Author = string.IsNullOrWhiteSpace(author) ? "staff" : author.Trim(),
                Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
                Changes = lines,
                RestoredFrom = restoredFrom,
                CreatedAt = clock.GetUtcNow(),
                Content = content,
            };
            if (await store.TryAddAsync(version, cancellationToken))
            {
                provider.Accept(version);
                return version;
            }
        }
        throw new InvalidOperationException($"The codebook changed {MaxAttempts} times while this change was being stored; try again.");
    }

    private CodebookVersion SeedVersion() => new()
    {
        Revision = 1,
        Version = provider.Seed.Version,
        Sha256 = provider.Seed.Sha256,
        Author = "repository",
        Reason = "seed: ReferenceData/codebook.v1.json",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Content = Encoding.UTF8.GetString(EmbeddedReferenceData.Read(CodebookLoader.BuiltInResource)),
    };
}
