namespace PohAnalytics.Dashboard.Tests;

/// <summary>Browser tests sharing one Azurite + local runner (serving dashboard/ and the API) and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<RunnerFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "dashboard";
}
