using Xunit;

namespace PohAnalytics.Testing;

/// <summary>xUnit fixture: one Azurite process shared by the tests of a class or collection.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    /// <summary>Connection string of the running Azurite.</summary>
    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not running.");

    /// <inheritdoc />
    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }
}
