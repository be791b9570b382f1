namespace PohAnalytics.Core.Registry;

/// <summary>Immutable storage of raw uploads, addressed by the SHA-256 of their content.</summary>
public interface IRawUploadStore
{
    /// <summary>Stores the content under its hash unless it is already there; returns the blob path.</summary>
    Task<string> PutIfAbsentAsync(string sha256, Stream content, string fileName, CancellationToken cancellationToken);

    /// <summary>Copies a raw file into a writable, seekable destination.</summary>
    Task DownloadToAsync(string rawPath, Stream destination, CancellationToken cancellationToken);
}
