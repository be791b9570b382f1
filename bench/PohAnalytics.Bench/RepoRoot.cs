namespace PohAnalytics.Bench;

/// <summary>Finds the repository root (the folder with PohAnalytics.sln).</summary>
public static class RepoRoot
{
    /// <summary>The root path.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PohAnalytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("PohAnalytics.sln not found.");
    }
}
