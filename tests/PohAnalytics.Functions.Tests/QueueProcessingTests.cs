using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PohAnalytics.Core.Application;
using PohAnalytics.Core.Registry;
using PohAnalytics.Storage;
using PohAnalytics.Storage.Queue;
using PohAnalytics.Storage.Table;

namespace PohAnalytics.Functions.Tests;

/// <summary>Queue semantics: duplicates are harmless, poison ends as a visible failure, dropped files are ingested.</summary>
[Collection(RunnerCollection.Name)]
public sealed class QueueProcessingTests(RunnerFixture runner)
{
    [Fact]
    public async Task Processing_the_same_message_again_creates_no_second_version()
    {
        var bytes = Encoding.UTF8.GetBytes("Geslacht;Leeftijd\nVrouw;30\nMan;60\nVrouw;41\n");
        var id = (await runner.IngestAsync(bytes, "herhaald.csv", "Herhaald bericht 2024")).GetProperty("id").GetString()!;
        var queue = new StorageQueueIngestQueue(runner.Storage);

        await queue.EnqueueAsync(id, CancellationToken.None);
        await queue.EnqueueAsync(id, CancellationToken.None);
        await WaitUntilQueueIsEmptyAsync(StorageNames.IngestQueue);

        var registry = new TableDatasetRegistry(runner.Storage, TimeProvider.System);
        var versions = await registry.ListVersionsAsync("herhaald-bericht-2024", CancellationToken.None);
        Assert.Single(versions);
        var status = await runner.Client.GetFromJsonAsync<JsonElement>($"/api/uploads/{id}");
        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        Assert.Equal(1, status.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task A_message_that_keeps_failing_ends_in_the_poison_queue_as_a_failed_status()
    {
        var registry = new TableDatasetRegistry(runner.Storage, TimeProvider.System);
        var sha = new string('0', 62) + "ab";
        var record = new IngestionRecord
        {
            Id = IngestionRecord.IdFor(sha),
            Dataset = DatasetMetadata.Parse("Verloren bestand 2024", "survey", "poh-ggz", null),
            FileName = "verloren.csv",
            SourceSha256 = sha,
            RawPath = "sha256/00/does-not-exist",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await registry.CreateIngestionIfAbsentAsync(record, CancellationToken.None);

        await new StorageQueueIngestQueue(runner.Storage).EnqueueAsync(record.Id, CancellationToken.None);
        var status = await runner.WaitForCompletionAsync(record.Id, TimeSpan.FromSeconds(90));

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Equal(3, status.GetProperty("attempts").GetInt32());
        Assert.Contains("after 3 attempts", status.GetProperty("failureReason").GetString());
        Assert.Null(await registry.GetDatasetAsync("verloren-bestand-2024", CancellationToken.None));
    }

    [Fact]
    public async Task A_file_dropped_in_the_drop_folder_is_ingested_with_metadata_from_its_name()
    {
        var blob = runner.Storage.Blobs.GetBlobContainerClient(DropFolderIngestion.Container).GetBlobClient("drop/ledenpeiling-regio-noord-2021.csv");

        await blob.UploadAsync(BinaryData.FromString("Geslacht;Leeftijd;Dienstverband\nVrouw;44;Anders\nMan;51;Zzp-contract\nVrouw;38;Zzp-contract\n"), overwrite: true);

        var dataset = await runner.WaitForDatasetAsync("ledenpeiling-regio-noord-2021");
        Assert.Equal("member-poll", dataset.GetProperty("kind").GetString());
        Assert.Equal("2021", dataset.GetProperty("wave").GetString());
        Assert.Equal(3, dataset.GetProperty("rows").GetInt32());
        var uploads = await runner.Client.GetFromJsonAsync<JsonElement>("/api/uploads");
        Assert.Contains(uploads.EnumerateArray(), u => u.GetProperty("datasetId").GetString() == "ledenpeiling-regio-noord-2021" && u.GetProperty("channel").GetString() == "drop-folder");
    }

    [Fact]
    public void Drop_events_are_read_from_event_grid_json_plain_or_base64()
    {
        var json = """[{"eventType":"Microsoft.Storage.BlobCreated","subject":"/blobServices/default/containers/uploads/blobs/drop/peiling%202022.csv"},{"eventType":"Microsoft.Storage.BlobDeleted","subject":"/blobServices/default/containers/uploads/blobs/drop/x.csv"},{"eventType":"Microsoft.Storage.BlobCreated","subject":"/blobServices/default/containers/uploads/blobs/elders/y.csv"}]""";

        Assert.Equal(["drop/peiling 2022.csv"], DropFolderIngestion.BlobNames(json));
        Assert.Equal(["drop/peiling 2022.csv"], DropFolderIngestion.BlobNames(Convert.ToBase64String(Encoding.UTF8.GetBytes(json))));
    }


    private async Task WaitUntilQueueIsEmptyAsync(string queueName)
    {
        var queue = runner.Storage.Queues.GetQueueClient(queueName);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0 || (await queue.PeekMessagesAsync(1)).Value.Length > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{queueName} did not drain.");
            await Task.Delay(200);
        }
        await Task.Delay(500); // the last message may be invisible while it is being processed
    }
}
