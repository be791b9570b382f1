using PohAnalytics.Core.Registry;

namespace PohAnalytics.Storage.Parquet;

/// <summary>Reads a curated Parquet file from the curated store into memory (Parquet needs a seekable stream).</summary>
public sealed class ParquetCuratedDatasetReader(ICuratedStore store) : ICuratedDatasetReader
{
    /// <inheritdoc />
    public async Task<CuratedData> ReadAsync(string curatedPath, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await store.DownloadToAsync(curatedPath, buffer, cancellationToken);
        buffer.Position = 0;
        var table = await CuratedParquetReader.ReadAsync(buffer, cancellationToken);
        return new CuratedData(checked((int)table.RowCount), table.Columns, table.Metadata) { Coding = table.Coding };
    }
}
