namespace PohAnalytics.Core.Tests.Statistics.Reference;

/// <summary>Finds the repository root (the folder holding PohAnalytics.sln) from the test output folder.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PohAnalytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PohAnalytics.sln above {AppContext.BaseDirectory}.");
    }
}
