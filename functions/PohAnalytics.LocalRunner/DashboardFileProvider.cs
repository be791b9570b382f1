using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace PohAnalytics.LocalRunner;

/// <summary>
/// Serves only the dashboard's own files: an allowlist of extensions, no dot-files, no <c>node_modules</c>, and of the
/// vendor folder only Plotly. README.md, package.json and the like answer 404 (dashboard/staticwebapp.config.json
/// does the same in Azure).
/// </summary>
internal sealed class DashboardFileProvider(string root) : IFileProvider
{
    private static readonly HashSet<string> Extensions =
        new(StringComparer.OrdinalIgnoreCase) { ".html", ".js", ".css", ".svg", ".png", ".ico" };
    private readonly PhysicalFileProvider _files = new(root);

    /// <summary>Whether a request path (e.g. <c>/pages/view.js</c>) is one of the dashboard's files.</summary>
    public static bool IsServed(string subpath)
    {
        var segments = subpath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s.StartsWith('.') || s.Equals("node_modules", StringComparison.OrdinalIgnoreCase)))
            return false;
        var extension = Path.GetExtension(segments[^1]);
        if (segments[0].Equals("vendor", StringComparison.OrdinalIgnoreCase))
            return segments.Length == 2 && segments[1].StartsWith("plotly", StringComparison.OrdinalIgnoreCase) && extension == ".js";
        if (segments[0].Equals("views", StringComparison.OrdinalIgnoreCase)
            && extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
            return true;
        return Extensions.Contains(extension) && !segments[^1].Equals("staticwebapp.config.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IFileInfo GetFileInfo(string subpath) => IsServed(subpath) ? _files.GetFileInfo(subpath) : new NotFoundFileInfo(subpath);

    /// <inheritdoc />
    public IDirectoryContents GetDirectoryContents(string subpath) =>
        subpath.Trim('/').Length == 0 ? _files.GetDirectoryContents(subpath) : NotFoundDirectoryContents.Singleton;

    /// <inheritdoc />
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
