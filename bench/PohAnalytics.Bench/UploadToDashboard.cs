using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PohAnalytics.Bench;

/// <summary>
/// `upload-to-dashboard --url U --key K [--rows 10000] [--target-ms 3000]`: uploads a member poll of --rows rows (the demo
/// poll's rows repeated) to a running runner and times, from the POST, until the published overview snapshot and the
/// overview view list the new dataset. Prints where the time went (upload, queue wait, ingestion, refresh wait, refresh)
/// from the ingestion status and refresh history, and `target_met=true|false`. Only loopback URLs are accepted.
/// </summary>
internal static class UploadToDashboard
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        string Option(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var url = new Uri(Option("--url", "http://127.0.0.1:7071"));
        if (!url.IsLoopback) throw new ArgumentException("The benchmark only targets loopback addresses.");
        var rows = int.Parse(Option("--rows", "10000"), CultureInfo.InvariantCulture);
        var targetMs = double.Parse(Option("--target-ms", "3000"), CultureInfo.InvariantCulture);
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("x-functions-key", Option("--key", "local-dev-key"));

        var demo = Path.Combine(RepoRoot.Find(), "scripts", "demo-data", "ledenpeiling-lv-poh-ggz-2018.xlsx");
        var csv = SyntheticMemberPoll.Write(demo, rows);
        var name = $"Ledenpeiling bench {DateTime.UtcNow:yyyyMMdd HHmmss}";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"member poll of {rows:N0} rows, {csv.Length / 1024.0:N0} KB CSV, dataset '{name}'"));

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "ledenpeiling-bench.csv");
        form.Add(new StringContent(name), "name");
        form.Add(new StringContent("member-poll"), "kind");
        form.Add(new StringContent("poh-ggz"), "respondentType");
        form.Add(new StringContent("2026"), "wave");
        var clock = Stopwatch.StartNew();
        var accepted = await (await client.PostAsync("/api/uploads", form)).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>();
        var acceptedMs = clock.Elapsed.TotalMilliseconds;
        var datasetId = accepted.GetProperty("datasetId").GetString()!;
        var ingestionId = accepted.GetProperty("ingestionId").GetString()!;

        double? snapshotMs = null, viewMs = null;
        while ((snapshotMs is null || viewMs is null) && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (snapshotMs is null && (await client.GetStringAsync("/api/published/views/overview.json"))
                    .Contains($"\"{datasetId}\"", StringComparison.Ordinal))
                snapshotMs = clock.Elapsed.TotalMilliseconds;
            if (viewMs is null && await client.GetAsync("/api/views/overview") is { IsSuccessStatusCode: true } view
                && (await view.Content.ReadAsStringAsync()).Contains($"\"{datasetId}\"", StringComparison.Ordinal))
                viewMs = clock.Elapsed.TotalMilliseconds;
            await Task.Delay(10);
        }

        var status = await client.GetFromJsonAsync<JsonElement>($"/api/uploads/{ingestionId}");
        var created = status.GetProperty("createdAt").GetDateTimeOffset();
        DateTimeOffset? Time(JsonElement e, string p) =>
            e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetDateTimeOffset() : null;
        var started = Time(status, "startedAt");
        var completed = Time(status, "completedAt");
        var history = await client.GetFromJsonAsync<JsonElement>("/api/refresh?top=20");
        var refresh = history.GetProperty("refreshes").EnumerateArray()
            .Where(r => r.GetProperty("outcome").GetString() == "published" && Time(r, "completedAt") >= completed)
            .OrderBy(r => Time(r, "completedAt")).Select(r => (JsonElement?)r).FirstOrDefault();
        string Ms(DateTimeOffset? from, DateTimeOffset? to) =>
            from is { } f && to is { } t ? ((t - f).TotalMilliseconds).ToString("N0", CultureInfo.InvariantCulture) + " ms" : "?";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"status {status.GetProperty("status").GetString()}; upload answered {acceptedMs:N0} ms; " +
            $"ingestion queue wait {Ms(created, started)}, ingestion {Ms(started, completed)}; " +
            $"refresh ({refresh?.GetProperty("trigger").GetString() ?? "?"}) " +
            $"wait {Ms(completed, refresh is { } r1 ? Time(r1, "startedAt") : null)}, " +
            $"refresh {Ms(refresh is { } r2 ? Time(r2, "startedAt") : null, refresh is { } r3 ? Time(r3, "completedAt") : null)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"upload -> published overview snapshot lists the dataset: " +
            $"{snapshotMs?.ToString("N0", CultureInfo.InvariantCulture) ?? "never"} ms; " +
            $"upload -> overview view lists it: {viewMs?.ToString("N0", CultureInfo.InvariantCulture) ?? "never"} ms"));
        var met = snapshotMs < targetMs && viewMs < targetMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"target_met={(met ? "true" : "false")} upload -> refreshed dashboard JSON < {targetMs:N0} ms"));
        return met ? 0 : 1;
    }
}
