using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PohAnalytics.Functions.Tests;

/// <summary>A slow file ends at its time budget and does not hold back a small upload sent after it.</summary>
public sealed class FairProcessingTests
{
    [Fact]
    public async Task A_slow_file_fails_at_its_time_budget_while_a_later_small_upload_finishes_first()
    {
        await using var runner = await RunnerFixture.StartWithRestartableStorageAsync(new Dictionary<string, string?>
        {
            ["Poh:MaxUploadBytes"] = (160L << 20).ToString(CultureInfo.InvariantCulture),
            // Long enough that the small upload, sent after the slow one started, is done well before the slow one is stopped.
            ["Poh:Ingestion:TimeBudget"] = "00:00:05",
        });
        var slow = await runner.UploadAsync(LargeCsv(6_000_000), "traag.csv", "Traag 2024");
        var slowId = (await slow.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ingestionId").GetString()!;
        await Eventually.Get<JsonElement>(async () =>
        {
            var status = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{slowId}");
            return status.GetProperty("status").GetString() != "queued" ? status : null;
        }, "the slow ingestion to start");

        var small = await runner.IngestAsync(Encoding.UTF8.GetBytes("Geslacht;Leeftijd\nVrouw;44\nMan;51\n"), "klein.csv", "Klein 2024");
        var slowFinal = await runner.WaitForCompletionAsync(slowId, TimeSpan.FromMinutes(3));

        Assert.Equal("succeeded", small.GetProperty("status").GetString());
        Assert.Equal("failed", slowFinal.GetProperty("status").GetString());
        Assert.Contains("time budget of 5 s", slowFinal.GetProperty("failureReason").GetString());
        Assert.Equal(1, slowFinal.GetProperty("attempts").GetInt32());
        Assert.True(small.GetProperty("completedAt").GetDateTimeOffset() < slowFinal.GetProperty("completedAt").GetDateTimeOffset());
        var datasets = await runner.Client.GetFromJsonAsync<JsonElement>("/api/datasets");
        Assert.DoesNotContain(datasets.EnumerateArray(), d => d.GetProperty("id").GetString() == "traag-2024");
    }

    private static byte[] LargeCsv(int rows)
    {
        var builder = new StringBuilder("Geslacht;Leeftijd;Regio\n");
        for (var i = 0; i < rows; i++)
            builder.Append(i % 2 == 0 ? "Vrouw" : "Man").Append(';').Append(20 + i % 60).Append(';').Append(i % 3 == 0 ? "Noord" : "Zuid").Append('\n');
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
