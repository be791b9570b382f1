namespace PohAnalytics.Core.Application;

/// <summary>The blob folder staff drop exports into.</summary>
public interface IDropFolder
{
    /// <summary>Opens a dropped blob with its metadata, or null when it is gone.</summary>
    Task<DroppedFile?> OpenAsync(string blobName, CancellationToken cancellationToken);
}
