namespace PohAnalytics.Dashboard.Tests;

/// <summary>The dashboard's pages and languages, for tests that check every page (or every data page).</summary>
public static class DashboardPages
{
    /// <summary>The pages that chart published data.</summary>
    public static readonly string[] DataRoutes = ["overview", "representativeness", "explore", "norms", "trends", "open-answers"];

    /// <summary>Every page route of the dashboard: the data pages and the staff pages.</summary>
    public static readonly string[] Routes = [.. DataRoutes, "data", "upload"];

    /// <summary>Every page.</summary>
    public static TheoryData<string> EveryPage() => new(Routes);

    /// <summary>Every data page.</summary>
    public static TheoryData<string> EveryDataPage() => new(DataRoutes);

    /// <summary>Every page in Dutch and in English.</summary>
    public static TheoryData<string, string> EveryPageInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Routes)
            foreach (var lang in new[] { "nl", "en" })
                data.Add(page, lang);
        return data;
    }
}
