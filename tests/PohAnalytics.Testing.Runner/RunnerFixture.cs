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
    private AzuriteProcess? _azurite;
    private WebApplication? _app;

    /// <summary>Client for the runner, with the function key.</summary>
    public HttpClient Client { get; private set; } = null!;
    /// <summary>Clients of the Azurite account.</summary>
    public StorageClients Storage { get; private set; } = null!;
    /// <summary>The runner's base URL.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        BaseUrl = $"http://127.0.0.1:{FreePort.Next()}";
        _app = LocalRunnerHost.Build([], new Dictionary<string, string?>
        {
            [StorageNames.Connection] = _azurite.ConnectionString,
            ["LocalRunner:Urls"] = BaseUrl,
            ["LocalRunner:FunctionKey"] = FunctionKey,
            ["Logging:LogLevel:Default"] = "Warning",
            // Fast retries so the poison path is reached in seconds, not the host's minutes.
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00.200",
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "3",
        });
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

    /// <summary>Polls the status API until the ingestion leaves queued/processing.</summary>
    public async Task<JsonElement> WaitForCompletionAsync(string ingestionId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = await Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{ingestionId}");
            var state = status.GetProperty("status").GetString();
            if (state is "succeeded" or "failed") return status;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Ingestion {ingestionId} still {state}: {status}");
            await Task.Delay(200);
        }
    }
}
