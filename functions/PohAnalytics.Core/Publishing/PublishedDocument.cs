namespace PohAnalytics.Core.Publishing;

/// <summary>One JSON document served to the dashboard (always aggregate, already suppressed).</summary>
/// <param name="Path">Logical path, e.g. <c>views/overview.json</c>.</param>
/// <param name="Content">UTF-8 bytes.</param>
/// <param name="ContentType">MIME type.</param>
public sealed record PublishedDocument(string Path, byte[] Content, string ContentType = "application/json; charset=utf-8");
