namespace PohAnalytics.Testing;

/// <summary>Locates the repository and the shared domain material from a test's working directory.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding PohAnalytics.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the repository (<c>POH_SHARED</c> overrides).</summary>
    public static string Shared => Environment.GetEnvironmentVariable("POH_SHARED") is { Length: > 0 } path
        ? path
        : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A fixture file from <c>shared/fixtures</c>.</summary>
    public static string Fixture(string name) => Path.Combine(Shared, "fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PohAnalytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("PohAnalytics.sln not found above " + AppContext.BaseDirectory);
    }
}
