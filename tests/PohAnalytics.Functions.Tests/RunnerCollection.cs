namespace PohAnalytics.Functions.Tests;

/// <summary>Tests sharing one Azurite + local runner.</summary>
[CollectionDefinition(Name)]
public sealed class RunnerCollection : ICollectionFixture<RunnerFixture>
{
    public const string Name = "runner";
}
