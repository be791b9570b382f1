namespace PohAnalytics.Testing;

/// <summary>Locates the repository and its test data from a test's working directory.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding PohAnalytics.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The test data folder, <c>tests/testdata</c> in the repository.</summary>
    public static string TestData => Path.Combine(Root, "tests", "testdata");

    /// <summary>A fixture file from <c>tests/testdata</c>.</summary>
    public static string Fixture(string name) => Path.Combine(TestData, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PohAnalytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("PohAnalytics.sln not found above " + AppContext.BaseDirectory);
    }
}
