using PohAnalytics.Core.Benchmarks;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Application;

/// <summary>
/// The datasets and the latest benchmarks as read once from the registries. While pinned (<see cref="Pin"/>), the
/// analytics and the view builders on that logical call take these lists instead of asking Table Storage again, so a
/// publication unit or a served page is built from the same registry state its input hash was computed from, and a
/// refresh that builds hundreds of pages reads the registries once instead of a few times per page.
/// </summary>
/// <param name="Datasets">Every registered dataset, as listed.</param>
/// <param name="Benchmarks">The latest version of every benchmark.</param>
public sealed record RegistrySnapshot(IReadOnlyList<DatasetRecord> Datasets, IReadOnlyList<BenchmarkDefinition> Benchmarks)
{
    private static readonly AsyncLocal<RegistrySnapshot?> Pinned = new();

    /// <summary>The snapshot pinned on this logical call, or null (then the registries are read).</summary>
    public static RegistrySnapshot? Current => Pinned.Value;

    /// <summary>Pins this snapshot for the current logical call (and the tasks it starts) until disposed.</summary>
    public IDisposable Pin()
    {
        var previous = Pinned.Value;
        Pinned.Value = this;
        return new Unpin(previous);
    }

    private sealed class Unpin(RegistrySnapshot? previous) : IDisposable
    {
        public void Dispose() => Pinned.Value = previous;
    }
}
