namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Passes text to the CSV parser but stops a row that grows beyond the row limit (a line without line breaks, or a
/// quote that is never closed), so no input can make one row hold the whole file in memory. Counts line breaks too.
/// </summary>
internal sealed class BoundedTextReader(TextReader inner, int maxRowChars, Func<string> describeRow) : TextReader
{
    private long _sinceRowStart;

    /// <summary>Line breaks passed on so far.</summary>
    public long LineBreaks { get; private set; }

    /// <summary>Called when the parser finished a row: the count for the next one starts again.</summary>
    public void RowEnded() => _sinceRowStart = 0;

    /// <inheritdoc />
    public override int Peek() => inner.Peek();

    /// <inheritdoc />
    public override int Read()
    {
        var ch = inner.Read();
        if (ch >= 0) Count(ch == '\n' ? 1 : 0, 1);
        return ch;
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        if (n > 0) Count(buffer[..n].Count('\n'), n);
        return n;
    }

    private void Count(int lineBreaks, int chars)
    {
        LineBreaks += lineBreaks;
        _sinceRowStart += chars;
        // The parser reads ahead by one buffer, so a row is cut a little after the limit, never before.
        if (_sinceRowStart > maxRowChars + 64 * 1024)
            throw new UnreadableFileException(
                $"{describeRow()} is longer than {FormatSize(maxRowChars)} (Poh:Ingestion:MaxRowChars); " +
                "a line break or a closing quote is probably missing.");
    }

    private static string FormatSize(int chars) =>
        chars % (1024 * 1024) == 0
            ? $"{chars / (1024 * 1024)} MB"
            : chars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters";

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
