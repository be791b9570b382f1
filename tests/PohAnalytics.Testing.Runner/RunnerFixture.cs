using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using PohAnalytics.LocalRunner;
using PohAnalytics.Storage;
using Xunit;

namespace PohAnalytics.Testing;

/// <summary>
/// A real Azurite process plus the local runner hosting the Functions classes on a free port; tests talk HTTP to it.
/// </summary>
public sealed class RunnerFixture : IAsyncLifetime
{
    /// <summary>The function key the runner requires; the client sends it.</summary>
    public const string FunctionKey = "test-function-key";
    /// <summary>The upload limit the runner is started with (small, so a test can exceed it cheaply).</summary>
    public const long UploadLimitBytes = 1024 * 1024;
    /// <summary>The one browser origin the runner's CORS allowlist admits.</summary>
    public const string AllowedOrigin = "https://dashboard.example";
    private AzuriteProcess? _azurite;
    private WebApplication? _app;
    private bool _restartableStorage;
    private Dictionary<string, string?> _settings = [];

    /// <summary>
    /// Starts a runner of its own whose Azurite keeps its data on disk, so a test can stop and restart storage
    /// (<see cref="Azurite"/>); <paramref name="settings"/> override the runner's settings. Dispose it when done.
    /// </summary>
    public static async Task<RunnerFixture> StartWithRestartableStorageAsync(Dictionary<string, string?>? settings = null)
    {
        var fixture = new RunnerFixture { _restartableStorage = true, _settings = settings ?? [] };
        await fixture.InitializeAsync();
        return fixture;
    }

    /// <summary>The Azurite process behind the runner.</summary>
    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Not started.");

    /// <summary>Client for the runner, with the function key.</summary>
    public HttpClient Client { get; private set; } = null!;
    /// <summary>Clients of the Azurite account.</summary>
    public StorageClients Storage { get; private set; } = null!;
    /// <summary>The runner's base URL.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(_restartableStorage);
        BaseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var settings = new Dictionary<string, string?>
        {
            [StorageNames.Connection] = _azurite.ConnectionString,
            ["LocalRunner:Urls"] = BaseUrl,
            ["LocalRunner:FunctionKey"] = FunctionKey,
            // The scheduled refresh runs every few seconds here, so tests see the timer path too.
            ["RefreshSchedule"] = "*/3 * * * * *",
            ["Logging:LogLevel:Default"] = "Warning",
            // Fast retries so the poison path is reached in seconds, not the host's minutes.
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00.200",
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "3",
            ["Poh:MaxUploadBytes"] = UploadLimitBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Poh:CorsOrigins"] = AllowedOrigin,
            // Small ingestion limits, so the hostile corpus reaches every limit with uploads under the 1 MB upload limit.
            ["Poh:Ingestion:MaxRowChars"] = "262144",
            ["Poh:Ingestion:MaxInflatedBytes"] = (20L << 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Poh:Ingestion:MaxSharedStringsBytes"] = (8L << 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in _settings) settings[key] = value;
        _app = LocalRunnerHost.Build([], settings);
        await _app.StartAsync();
        Storage = new StorageClients(_azurite.ConnectionString);
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        Client.DefaultRequestHeaders.Add("x-functions-key", FunctionKey);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    /// <summary>Uploads a file as multipart form data with dataset metadata.</summary>
    public async Task<HttpResponseMessage> UploadAsync(byte[] content, string fileName, string name, string kind = "survey", string respondentType = "poh-ggz", string? wave = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(name), "name");
        form.Add(new StringContent(kind), "kind");
        form.Add(new StringContent(respondentType), "respondentType");
        if (wave is not null) form.Add(new StringContent(wave), "wave");
        return await Client.PostAsync("/api/uploads", form);
    }

    /// <summary>Uploads a file and waits until its ingestion ends; returns the final status.</summary>
    public async Task<JsonElement> IngestAsync(byte[] content, string fileName, string name, string kind = "survey", string respondentType = "poh-ggz", string? wave = null)
    {
        var response = await UploadAsync(content, fileName, name, kind, respondentType, wave);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString()!;
        return await WaitForCompletionAsync(id);
    }

    /// <summary>Ingests the four shared fixtures (survey, member poll, coded answers, interviews) and publishes; idempotent.</summary>
    public async Task SeedDemoDataAsync()
    {
        await IngestAsync(await File.ReadAllBytesAsync(RepoPaths.Fixture("poh-ggz-vragenlijst-2019.csv")), "poh-ggz-vragenlijst-2019.csv", "POH-GGZ vragenlijst 2019", wave: "2019");
        await IngestAsync(await File.ReadAllBytesAsync(RepoPaths.Fixture("ledenpeiling-lv-poh-ggz-2018.xlsx")), "ledenpeiling-lv-poh-ggz-2018.xlsx", "Ledenpeiling LV POH-GGZ 2018", "member-poll", wave: "2018");
        await IngestAsync(await File.ReadAllBytesAsync(RepoPaths.Fixture("open-antwoorden-succesfactoren-2017.csv")), "open-antwoorden-succesfactoren-2017.csv", "Succesfactoren 2017");
        await IngestAsync(await File.ReadAllBytesAsync(RepoPaths.Fixture("vs-ggz-interviews-codes.csv")), "vs-ggz-interviews-codes.csv", "Interviews VS GGZ 2020");
        await Client.PostAsync("/api/refresh", null);
    }

    /// <summary>
    /// Polls the status API until the ingestion leaves queued/processing (succeeded, failed or needs-review) and its record
    /// is complete: a committed version shows as succeeded a moment before the record gets its completion time.
    /// </summary>
    public Task<JsonElement> WaitForCompletionAsync(string ingestionId, TimeSpan? timeout = null) =>
        Eventually.Get<JsonElement>(async () =>
        {
            var status = await Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{ingestionId}");
            var ended = status.GetProperty("status").GetString() is "succeeded" or "failed" or "needs-review";
            return ended && status.TryGetProperty("completedAt", out _) ? status : null;
        }, $"Ingestion {ingestionId} to finish", timeout);

    /// <summary>Waits until <c>GET /api/datasets</c> lists the dataset; returns its entry.</summary>
    public Task<JsonElement> WaitForDatasetAsync(string datasetId) =>
        Eventually.Get<JsonElement>(async () =>
        {
            var datasets = await Client.GetFromJsonAsync<JsonElement>("/api/datasets");
            return datasets.EnumerateArray().Where(d => d.GetProperty("id").GetString() == datasetId).Select(d => (JsonElement?)d).FirstOrDefault();
        }, $"Dataset {datasetId} to appear");
}
