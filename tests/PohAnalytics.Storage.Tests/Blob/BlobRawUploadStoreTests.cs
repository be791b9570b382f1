using System.Text;
using PohAnalytics.Storage.Blob;
using PohAnalytics.Testing;

namespace PohAnalytics.Storage.Tests.Blob;

/// <summary>Raw uploads are written once and never overwritten.</summary>
public sealed class BlobRawUploadStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_second_put_under_the_same_hash_keeps_the_original_bytes()
    {
        var clients = new StorageClients(azurite.ConnectionString);
        await clients.EnsureCreatedAsync();
        var store = new BlobRawUploadStore(clients);
        var hash = new string('c', 64);

        var path = await store.PutIfAbsentAsync(hash, new MemoryStream(Encoding.UTF8.GetBytes("original")), "a.csv", CancellationToken.None);
        var again = await store.PutIfAbsentAsync(hash, new MemoryStream(Encoding.UTF8.GetBytes("tampered")), "b.csv", CancellationToken.None);
        using var read = new MemoryStream();
        await store.DownloadToAsync(path, read, CancellationToken.None);

        Assert.Equal(path, again);
        Assert.Equal("original", Encoding.UTF8.GetString(read.ToArray()));
    }
}
