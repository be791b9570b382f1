namespace PohAnalytics.Core.Codebook.Versions;

/// <summary>A provider that always gives one codebook (tests, benchmarks, tools without storage).</summary>
/// <param name="codebook">The codebook.</param>
public sealed class FixedCodebookProvider(CodebookDefinition codebook) : ICodebookProvider
{
    /// <inheritdoc />
    public CodebookDefinition Current => codebook;

    /// <inheritdoc />
    public Task<CodebookDefinition> GetCurrentAsync(CancellationToken cancellationToken) => Task.FromResult(codebook);

    /// <inheritdoc />
    public Task<CodebookDefinition> GetAsync(int revision, CancellationToken cancellationToken) => Task.FromResult(codebook);

    /// <inheritdoc />
    public void Accept(CodebookVersion version)
    {
    }
}
