namespace PohAnalytics.Core.Codebook.Versions;

/// <summary>The current codebook version, cached per instance and refreshed from the store.</summary>
public interface ICodebookProvider
{
    /// <summary>The latest version this instance knows (the seed until the store has been read).</summary>
    CodebookDefinition Current { get; }

    /// <summary>Reads the latest version from the store and makes it <see cref="Current"/>.</summary>
    Task<CodebookDefinition> GetCurrentAsync(CancellationToken cancellationToken);

    /// <summary>A given revision (cached; versions never change).</summary>
    Task<CodebookDefinition> GetAsync(int revision, CancellationToken cancellationToken);

    /// <summary>Takes a version just stored by this instance as current, without reading the store.</summary>
    void Accept(CodebookVersion version);
}
