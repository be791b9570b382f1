namespace PohAnalytics.Core.Publishing;

/// <summary>A published document as stored: bytes with their entity tag.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="ETag">Entity tag for conditional GETs.</param>
public sealed record PublishedContent(byte[] Content, string ContentType, string ETag);
