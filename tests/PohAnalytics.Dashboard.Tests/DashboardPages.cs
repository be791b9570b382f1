namespace PohAnalytics.Dashboard.Tests;

/// <summary>The dashboard's pages and languages, for tests that check every page in both.</summary>
public static class DashboardPages
{
    /// <summary>Every page route of the dashboard.</summary>
    public static readonly string[] Routes = ["overview", "representativeness", "explore", "norms", "trends", "open-answers", "data", "upload"];

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
