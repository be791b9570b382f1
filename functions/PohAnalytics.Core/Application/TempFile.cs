namespace PohAnalytics.Core.Application;

/// <summary>A temporary file deleted on dispose: large files are processed on disk, not in memory.</summary>
public sealed class TempFile : IAsyncDisposable
{
    /// <summary>The open read/write stream.</summary>
    public FileStream Stream { get; }

    private TempFile(FileStream stream) => Stream = stream;

    /// <summary>Creates an empty temporary file.</summary>
    public static TempFile Create() => new(new FileStream(
        Path.Combine(Path.GetTempPath(), "pohanalytics-" + Guid.NewGuid().ToString("N")),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}
