using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PohAnalytics.Functions.Tests.Hostile;

namespace PohAnalytics.Functions.Tests;

/// <summary>A slow file ends at its time budget and does not hold back a small upload sent after it.</summary>
public sealed class FairProcessingTests
{
    [Fact]
    public async Task A_slow_file_fails_at_its_time_budget_while_a_later_small_upload_finishes_first()
    {
        await using var runner = await RunnerFixture.StartWithRestartableStorageAsync(new Dictionary<string, string?>
        {
            ["Poh:MaxUploadBytes"] = (64L << 20).ToString(CultureInfo.InvariantCulture),
            ["Poh:Ingestion:MaxInflatedBytes"] = (1L << 30).ToString(CultureInfo.InvariantCulture),
            // Long enough that the small upload, sent after the slow one started, is done well before the slow one is stopped.
            ["Poh:Ingestion:TimeBudget"] = "00:00:05",
        });
        var slow = await runner.UploadAsync(LargeWorkbook(600_000), "traag.xlsx", "Traag 2024");
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

    /// <summary>
    /// A workbook of <paramref name="rows"/> rows and 40 columns. A workbook is read on one core, so its reading time
    /// depends on the speed of one core, not on how many a machine has; this one takes several times the 5 s budget on
    /// the 2-core reference machine (about 20 s), leaving room for a faster CI machine.
    /// </summary>
    private static byte[] LargeWorkbook(int rows)
    {
        string[] known =
        [
            "Wervingsronde", "Geslacht", "Leeftijd", "Werkervaring als POH-GGZ (jaren)", "Werkervaring als hulpverlener (jaren)",
            "Uren per week als POH-GGZ", "Uren nascholing afgelopen 12 maanden", "Intakeconsulten per werkdag",
            "Vervolgconsulten per werkdag", "Duur intakeconsult (minuten)", "Duur vervolgconsult (minuten)",
        ];
        var header = known.Concat(Enumerable.Range(1, 40 - known.Length).Select(k => $"Vraag {k}")).ToArray();
        return new XlsxBuilder().Compact().Row(header).Rows(Enumerable.Range(1, rows).Select(i =>
        {
            var row = new string?[header.Length];
            row[0] = (1 + i % 2).ToString(CultureInfo.InvariantCulture);
            row[1] = i % 2 == 0 ? "Vrouw" : "Man";
            for (var c = 2; c < row.Length; c++) row[c] = (1 + (i + c) % 50).ToString(CultureInfo.InvariantCulture);
            return row;
        })).Build();
    }
}
