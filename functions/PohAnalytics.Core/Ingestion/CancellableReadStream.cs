namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Passes reads to a stream, which it owns, and throws <see cref="OperationCanceledException"/> on the first read after
/// the token is cancelled. Spreadsheet and CSV libraries take no token, and some read a whole sheet before the first row
/// (a workbook without a dimension element); this stops them at the time budget all the same.
/// </summary>
internal sealed class CancellableReadStream(Stream inner, CancellationToken cancellationToken) : ReadOnlyDelegatingStream(inner)
{
    public override int Read(byte[] buffer, int offset, int count)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Inner.Read(buffer, offset, count);
    }

    public override int Read(Span<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Inner.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Inner.Dispose();
        base.Dispose(disposing);
    }
}
