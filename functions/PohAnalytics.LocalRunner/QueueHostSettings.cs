using System.Text.Json;

namespace PohAnalytics.LocalRunner;

/// <summary>The queue settings of the Functions app's host.json, so local retries behave like the host's.</summary>
/// <param name="MaxDequeueCount">Attempts before a message goes to the poison queue.</param>
/// <param name="VisibilityTimeout">Delay before a failed message is retried.</param>
/// <param name="MaxPollingInterval">Longest wait between polls of an empty queue.</param>
/// <param name="BatchSize">Messages fetched per poll.</param>
public sealed record QueueHostSettings(int MaxDequeueCount, TimeSpan VisibilityTimeout, TimeSpan MaxPollingInterval, int BatchSize)
{
    /// <summary>
    /// Reads host.json (host defaults where a value is absent); settings named like the host's own overrides
    /// (<c>AzureFunctionsJobHost:extensions:queues:visibilityTimeout</c>) win, as they do for the Functions host.
    /// </summary>
    public static QueueHostSettings Load(string hostJsonPath, IConfiguration configuration)
    {
        var file = LoadFile(hostJsonPath);
        var overrides = configuration.GetSection("AzureFunctionsJobHost:extensions:queues");
        return new QueueHostSettings(
            overrides.GetValue("maxDequeueCount", file.MaxDequeueCount),
            overrides.GetValue("visibilityTimeout", file.VisibilityTimeout),
            overrides.GetValue("maxPollingInterval", file.MaxPollingInterval),
            overrides.GetValue("batchSize", file.BatchSize));
    }

    private static QueueHostSettings LoadFile(string hostJsonPath)
    {
        var defaults = new QueueHostSettings(5, TimeSpan.Zero, TimeSpan.FromSeconds(2), 16);
        if (!File.Exists(hostJsonPath)) return defaults;
        using var document = JsonDocument.Parse(File.ReadAllText(hostJsonPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!document.RootElement.TryGetProperty("extensions", out var extensions) || !extensions.TryGetProperty("queues", out var queues))
            return defaults;
        TimeSpan Span(string name, TimeSpan fallback) => queues.TryGetProperty(name, out var v) ? TimeSpan.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        int Int(string name, int fallback) => queues.TryGetProperty(name, out var v) ? v.GetInt32() : fallback;
        return new QueueHostSettings(
            Int("maxDequeueCount", defaults.MaxDequeueCount),
            Span("visibilityTimeout", defaults.VisibilityTimeout),
            Span("maxPollingInterval", defaults.MaxPollingInterval),
            Int("batchSize", defaults.BatchSize));
    }
}
