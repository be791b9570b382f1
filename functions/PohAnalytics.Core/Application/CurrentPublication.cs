using PohAnalytics.Core.Publishing;

namespace PohAnalytics.Core.Application;

/// <summary>The manifest being served and its own served form (<c>manifest.json</c>).</summary>
/// <param name="Manifest">The manifest.</param>
/// <param name="Document">Its JSON with a content-hash entity tag.</param>
public sealed record CurrentPublication(PublishedManifest Manifest, ServedDocument Document);
