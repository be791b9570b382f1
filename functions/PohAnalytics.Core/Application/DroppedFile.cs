namespace PohAnalytics.Core.Application;

/// <summary>A file found in the drop folder.</summary>
/// <param name="BlobName">Blob name inside the upload container (starts with the drop prefix).</param>
/// <param name="Content">Readable content; disposed by the caller.</param>
/// <param name="Metadata">Blob metadata (dataset, kind, respondenttype, wave may describe the dataset).</param>
public sealed record DroppedFile(string BlobName, Stream Content, IReadOnlyDictionary<string, string> Metadata);
