using System.Text;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Disclosure;
using PohAnalytics.Core.Publishing;
using PohAnalytics.Core.Tests.Application;
using PohAnalytics.Core.Tests.Ingestion;

namespace PohAnalytics.Core.Tests.Codebook;

/// <summary>Every change is a new version with its own hash; concurrent changes get distinct versions and none is lost.</summary>
public sealed class CodebookVersionTests
{
    [Fact]
    public async Task Changes_make_new_revisions_with_new_hashes_and_a_restore_is_a_revision_too()
    {
        var store = new InMemoryCodebookStore();
        var provider = new CodebookProvider(store, PipelineRun.Codebook);
        var service = new CodebookService(store, provider, TimeProvider.System);

        var second = await service.AddAliasesAsync([new AliasChange("employment", "other", "Locum")], "anna", "English export", default);
        var restored = await service.RestoreAsync(1, "anna", "undo", default);

        Assert.Equal([1, 2, 3], (await service.ListAsync(default)).Select(v => v.Revision));
        Assert.Equal(("anna", "English export"), (second.Author, second.Reason));
        Assert.Equal(3, provider.Current.Revision);
        Assert.Equal("1.0.0+r3", provider.Current.VersionLabel);
        Assert.Equal(3, new[] { PipelineRun.Codebook.Sha256, second.Sha256, restored.Sha256 }.Distinct().Count());
        Assert.DoesNotContain("Locum", provider.Current["employment"].Categories.Single(c => c.Code == "other").Aliases);
        Assert.Equal(1, restored.RestoredFrom);
    }

    [Fact]
    public async Task Stored_content_parses_back_to_the_same_codebook()
    {
        var store = new InMemoryCodebookStore();
        var service = new CodebookService(store, new CodebookProvider(store, PipelineRun.Codebook), TimeProvider.System);

        var version = await service.AddAliasesAsync([new AliasChange("gender", "anders", "Diverse")], null, null, default);

        var parsed = CodebookLoader.Parse(Encoding.UTF8.GetBytes(version.Content));
        Assert.Equal(version.Sha256, parsed.Sha256);
        Assert.Equal(PipelineRun.Codebook.Variables.Select(v => v.Id), parsed.Variables.Select(v => v.Id));
        Assert.Contains("Diverse", parsed["gender"].Categories.Single(c => c.Code == "anders").Aliases);
        Assert.Equal(2, parsed.Revision);
    }

    [Fact]
    public async Task Concurrent_alias_additions_get_distinct_revisions_and_lose_none()
    {
        var store = new InMemoryCodebookStore();
        var service = new CodebookService(store, new CodebookProvider(store, PipelineRun.Codebook), TimeProvider.System);
        var aliases = Enumerable.Range(1, 8).Select(i => $"Locum {i}").ToList();

        var versions = await Task.WhenAll(aliases.Select(a => Task.Run(() =>
            service.AddAliasesAsync([new AliasChange("employment", "other", a)], null, null, default))));

        Assert.Equal(Enumerable.Range(2, 8), versions.Select(v => v.Revision).Order());
        var latest = CodebookLoader.Parse(Encoding.UTF8.GetBytes((await store.GetLatestAsync(default))!.Content));
        Assert.Subset(latest["employment"].Categories.Single(c => c.Code == "other").Aliases.ToHashSet(), aliases.ToHashSet());
    }

    [Fact]
    public async Task A_refresh_after_a_codebook_change_sees_a_new_input_hash()
    {
        var store = new InMemoryCodebookStore();
        var reader = new CodebookProvider(store, PipelineRun.Codebook);
        var writer = new CodebookService(store, new CodebookProvider(store, PipelineRun.Codebook), TimeProvider.System);
        IPublicationSource[] sources =
            [new CodebookRefreshSource(reader), new DatasetCatalogSource(new InMemoryDatasets(), reader, new SuppressionSettings())];
        async Task<string> HashAsync()
        {
            var units = new List<PublicationUnit>();
            foreach (var source in sources) units.AddRange(await source.GetUnitsAsync(default));
            return units.Single().InputHash;
        }

        var before = await HashAsync();
        await writer.AddAliasesAsync([new AliasChange("employment", "other", "Locum")], null, null, default);
        var after = await HashAsync();

        Assert.NotEqual(before, after);
        Assert.Equal(after, await HashAsync());
    }
}
