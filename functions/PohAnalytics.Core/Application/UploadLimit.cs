using System.Globalization;

namespace PohAnalytics.Core.Application;

/// <summary>
/// The one upload size limit (setting <c>Poh__MaxUploadBytes</c>): the largest request body an upload may have. Files
/// above it go through the blob drop folder, which has no such limit.
/// </summary>
/// <param name="MaxBytes">Largest request body in bytes.</param>
public sealed record UploadLimit(long MaxBytes)
{
    /// <summary>The default, 100 MiB: the Azure Functions host's own default request body limit.</summary>
    public const long DefaultMaxBytes = 100L * 1024 * 1024;

    /// <summary>Bytes per row of a typical export (the 1M-row benchmark CSV of 34 columns is 235.6 MB).</summary>
    public const int TypicalBytesPerRow = 236;

    /// <summary>The setting's configuration key (<c>Poh__MaxUploadBytes</c> in app settings).</summary>
    public const string SettingKey = "Poh:MaxUploadBytes";

    /// <summary>About how many rows of a typical export fit under the limit.</summary>
    public long ApproximateMaxRows => MaxBytes / TypicalBytesPerRow;

    /// <summary>The limit for people: "100 MB (104857600 bytes, about 444,000 rows of a typical export)".</summary>
    public string Describe() => string.Format(CultureInfo.InvariantCulture,
        "{0:0.#} MB ({1} bytes, about {2:N0} rows of a typical export)",
        MaxBytes / 1024d / 1024d, MaxBytes, ApproximateMaxRows / 1000 * 1000);
}
