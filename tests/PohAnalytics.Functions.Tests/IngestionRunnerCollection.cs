namespace PohAnalytics.Functions.Tests;

/// <summary>
/// Tests that load a runner with many small or odd datasets (hostile corpus, concurrent uploads) get an Azurite and
/// runner of their own, so the published views the other tests check are not crowded by them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class IngestionRunnerCollection : ICollectionFixture<RunnerFixture>
{
    public const string Name = "ingestion-runner";
}
