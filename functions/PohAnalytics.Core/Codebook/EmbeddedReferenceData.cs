namespace PohAnalytics.Core.Codebook;

/// <summary>Reads the reference data files embedded from <c>ReferenceData/</c> as <c>PohAnalytics.ReferenceData.&lt;file name&gt;</c>.</summary>
internal static class EmbeddedReferenceData
{
    /// <summary>Prefix of every embedded reference-data resource.</summary>
    public const string Prefix = "PohAnalytics.ReferenceData.";

    /// <summary>Names of the embedded resources whose file name starts with <paramref name="fileNamePrefix"/>, sorted.</summary>
    public static IReadOnlyList<string> Names(string fileNamePrefix) =>
        typeof(EmbeddedReferenceData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + fileNamePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The bytes of one embedded resource.</summary>
    public static byte[] Read(string resourceName)
    {
        using var stream = typeof(EmbeddedReferenceData).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
