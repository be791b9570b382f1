namespace PohAnalytics.Core.Application;

/// <summary>An upload exceeded the configured <see cref="UploadLimit"/>; the API answers 413 with the limit.</summary>
public sealed class UploadTooLargeException(UploadLimit limit)
    : Exception($"The upload is larger than the limit of {limit.Describe()}.")
{
    /// <summary>The limit that was exceeded.</summary>
    public UploadLimit Limit { get; } = limit;
}
