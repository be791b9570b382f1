namespace PohAnalytics.Core.Application;

/// <summary>
/// Rendered view JSON of the filtered dashboard pages, keyed by page, selection and a hash of every served input, with
/// a bound on the number of entries (oldest leave first). It stores only what the view builders produced from the
/// disclosure audit; a new dataset, benchmark, codebook or refresh changes the input hash and so the key.
/// </summary>
public sealed class RenderedViewCache(int capacity = 512)
{
    private readonly MemoryAnalyticsCache _views = new(capacity);

    /// <summary>The cached view for <paramref name="key"/>, or the one <paramref name="render"/> builds (null: nothing to show).</summary>
    public async Task<ServedDocument?> GetOrRenderAsync(string key, Func<Task<byte[]?>> render) =>
        (await _views.GetOrCreateAsync(key, async () =>
            new Rendered(await render() is { } json ? ServedDocument.Of(json, ContentType) : null))).Document;

    /// <summary>The MIME type of view documents.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    private sealed record Rendered(ServedDocument? Document);
}
