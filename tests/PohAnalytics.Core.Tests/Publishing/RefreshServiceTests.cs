using Microsoft.Extensions.Logging.Abstractions;
using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Core.Tests.Publishing;

public sealed class RefreshServiceTests
{
    private readonly InMemoryPublishedStore _store = new();
    private readonly InMemoryHistory _history = new();
    private readonly ScriptedSource _source = new();
    private RefreshService Service => new([_source], _store, _history, TimeProvider.System, NullLogger<RefreshService>.Instance);

    [Fact]
    public async Task Rebuilds_only_units_whose_inputs_changed()
    {
        _source.Hashes["a"] = "1";
        _source.Hashes["b"] = "1";
        await Service.RefreshAsync("test", false, CancellationToken.None);
        _source.Hashes["b"] = "2";

        var record = await Service.RefreshAsync("test", false, CancellationToken.None);

        Assert.Equal("published", record.Outcome);
        Assert.Equal(["b"], record.Rebuilt);
        Assert.Equal(1, record.Reused);
        Assert.Equal(1, _source.Builds["a"]);
        Assert.Equal(2, _source.Builds["b"]);
        Assert.Equal("v1/a.json", _store.Manifest!.Documents["a.json"]);
        Assert.Equal("v2/b.json", _store.Manifest.Documents["b.json"]);
    }

    [Fact]
    public async Task Reports_up_to_date_and_switches_nothing_when_no_input_changed()
    {
        _source.Hashes["a"] = "1";
        await Service.RefreshAsync("test", false, CancellationToken.None);

        var record = await Service.RefreshAsync("test", false, CancellationToken.None);

        Assert.Equal("up-to-date", record.Outcome);
        Assert.Equal(1, _store.Manifest!.Version);
    }

    [Fact]
    public async Task A_failing_build_keeps_the_previous_publication_and_is_recorded_as_failed()
    {
        _source.Hashes["a"] = "1";
        await Service.RefreshAsync("test", false, CancellationToken.None);
        _source.Hashes["a"] = "2";
        _source.FailOn = "a";

        var record = await Service.RefreshAsync("test", false, CancellationToken.None);

        Assert.Equal("failed", record.Outcome);
        Assert.Contains("cannot build a", record.Error);
        Assert.Equal(1, _store.Manifest!.Version);
        Assert.Equal("1", System.Text.Encoding.UTF8.GetString(_store.Blobs[_store.Manifest.Documents["a.json"]]));
    }

    [Fact]
    public async Task A_removed_unit_disappears_from_the_manifest()
    {
        _source.Hashes["a"] = "1";
        _source.Hashes["gone"] = "1";
        await Service.RefreshAsync("test", false, CancellationToken.None);
        _source.Hashes.Remove("gone");

        var record = await Service.RefreshAsync("test", false, CancellationToken.None);

        Assert.Equal("published", record.Outcome);
        Assert.False(_store.Manifest!.Documents.ContainsKey("gone.json"));
    }
}
