using System.Globalization;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Application;

/// <summary>
/// Holds an ingestion for review instead of publishing it when more than <paramref name="MaxRejectedShare"/> of its rows
/// were rejected, or when a variable of the file lost every answer to unknown values.
/// </summary>
/// <param name="MaxRejectedShare">
/// Largest share of rejected rows published without review, 0 to 1 (setting <see cref="SettingKey"/>).
/// </param>
public sealed record QualityGate(double MaxRejectedShare = QualityGate.DefaultMaxRejectedShare)
{
    /// <summary>Configuration key of the threshold.</summary>
    public const string SettingKey = "Poh:MaxRejectedShare";
    /// <summary>Default threshold: 5% of rows.</summary>
    public const double DefaultMaxRejectedShare = 0.05;

    /// <summary>Why the ingestion is held, or null when it may be published.</summary>
    public string? Hold(IngestionReport report)
    {
        var reasons = new List<string>();
        if (report.RejectedShare > MaxRejectedShare)
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"{report.RowsRejected} of {report.RowsRead} rows ({report.RejectedShare:P1}) were rejected, "
                + $"more than {MaxRejectedShare:P0}"));
        if (report.LostVariables.Count > 0)
            reasons.Add($"every answer of {string.Join(", ", report.LostVariables)} was an unknown value");
        return reasons.Count == 0 ? null
            : string.Join("; ", reasons) + ". Map the unknown values and reprocess, or publish this version anyway.";
    }
}
