using System.Text.Json;

namespace PohAnalytics.LocalRunner;

/// <summary>
/// Reads the <c>Values</c> of the Functions app's local.settings.json, so the runner and <c>func start</c> use the same keys.
/// </summary>
public static class LocalSettingsFile
{
    /// <summary>The settings file: <c>POH_LOCAL_SETTINGS</c>, else the app's local.settings.json, else the repo's sample.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("POH_LOCAL_SETTINGS") is { Length: > 0 } path) return path;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var app = Path.Combine(dir.FullName, "functions", "PohAnalytics.Functions", "local.settings.json");
            if (File.Exists(app)) return app;
            var sample = Path.Combine(dir.FullName, "local.settings.sample.json");
            if (File.Exists(sample)) return sample;
        }
        return null;
    }

    /// <summary>The Values as configuration pairs (<c>A__B</c> becomes <c>A:B</c>).</summary>
    public static Dictionary<string, string?> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Values", out var section))
            foreach (var property in section.EnumerateObject())
                values[property.Name.Replace("__", ":", StringComparison.Ordinal)] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.ToString();
        return values;
    }
}
