namespace PohAnalytics.Core.Ingestion;

/// <summary>Opens an export by its content (zip or OLE2 signature → workbook, anything else → CSV), not by its name.</summary>
public static class TabularSourceFactory
{
    /// <summary>
    /// Opens a seekable stream within the limits of <paramref name="options"/>; the returned source owns it. Once
    /// <paramref name="cancellationToken"/> is cancelled, the next read of the file throws.
    /// </summary>
    public static ITabularSource Open(
        Stream stream, IngestionPipelineOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.CanBeCanceled) stream = new CancellableReadStream(stream, cancellationToken);
        Span<byte> head = stackalloc byte[4];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read == 0) throw new UnreadableFileException("The file is empty.");
        var isZip = read == 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;
        var isOle2 = read == 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0;
        return isZip || isOle2 ? new XlsxTabularSource(stream, options) : new CsvTabularSource(stream, options);
    }
}
