namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Notices a quote that swallows the file: a row spanning more lines than allowed, a last row whose quote never
/// closes, or far fewer rows than lines. Each ends the ingestion with the row where the quote opened.
/// </summary>
internal sealed class QuoteTracker(int maxLinesPerRow)
{
    private long _previousRawRow;
    private long _rows;
    private long _linesInsideRows;
    private (int Row, long Line, long Span) _longest;
    private (int Row, long Line, long Span, bool Unclosed) _last;

    /// <summary>
    /// Takes the row the parser just read: its record number, the physical line it ends on and its raw text (without
    /// the line break).
    /// </summary>
    public void Row(int row, long endLine, ReadOnlySpan<char> raw)
    {
        var startLine = _previousRawRow + 1;
        var span = endLine - _previousRawRow;
        _previousRawRow = endLine;
        _rows++;
        // Blank lines skipped before a row also widen its span; only a row with a quote can run over lines.
        if (span <= 1 || !raw.Contains('"'))
        {
            _last = (row, startLine, span, false);
            return;
        }
        _linesInsideRows += span - 1;
        if (span > _longest.Span) _longest = (row, startLine, span);
        if (span > maxLinesPerRow)
            throw new UnreadableFileException(
                $"Row {row} opens a quoted value on line {startLine} that runs over {span:N0} lines; " +
                "a closing quote is probably missing.");
        _last = (row, startLine, span, raw.Count('"') % 2 == 1);
    }

    /// <summary>Checks the end of the file, given the line breaks read.</summary>
    public void AtEnd(long lineBreaks)
    {
        if (_last.Unclosed)
            throw new UnreadableFileException(
                $"Row {_last.Row} opens a quote on line {_last.Line} that is never closed; " +
                $"the rest of the file ({_last.Span:N0} lines) would be one value.");
        if (_linesInsideRows > Math.Max(20, _rows) && lineBreaks > 2 * _rows)
            throw new UnreadableFileException(
                $"Only {_rows:N0} rows were read from {lineBreaks:N0} lines: quoted values span many lines " +
                $"(the longest opens in row {_longest.Row}, " +
                $"line {_longest.Line}, over {_longest.Span:N0} lines); a quote is probably not closed.");
    }
}
