namespace PohAnalytics.Core.Registry;

/// <summary>Reads a curated dataset (Parquet in production) back into columns for analysis.</summary>
public interface ICuratedDatasetReader
{
    /// <summary>Reads the curated file at <paramref name="curatedPath"/>.</summary>
    Task<CuratedData> ReadAsync(string curatedPath, CancellationToken cancellationToken);
}
