using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Streams a CSV export with CsvHelper after detecting its encoding and delimiter, within the cell, row and column
/// limits; a quote that is never closed, or that swallows many lines, fails the file instead of silently shortening it.
/// </summary>
public sealed class CsvTabularSource : ITabularSource
{
    private const int SampleLines = 50;
    private const int SampleChars = 256 * 1024;
    private readonly Stream _stream;
    private readonly IngestionPipelineOptions _options;

    /// <summary>Wraps a seekable stream; the source owns and disposes it.</summary>
    public CsvTabularSource(Stream stream, IngestionPipelineOptions? options = null)
    {
        if (!stream.CanSeek) throw new ArgumentException("CSV detection needs a seekable stream.", nameof(stream));
        _stream = stream;
        _options = options ?? new IngestionPipelineOptions();
    }

    /// <inheritdoc />
    public IEnumerable<SourceSheet> Sheets()
    {
        var encoding = TextEncodingDetector.Inspect(_stream);
        var delimiter = DetectDelimiter(encoding);
        var format = new SourceFormat("csv", encoding.Name, delimiter == '\t' ? "tab" : delimiter.ToString());
        var sheet = new SourceSheet(format, []);
        if (encoding.Warning is not null) sheet.Warnings.Add(encoding.Warning);
        yield return sheet with { Rows = ReadRows(encoding, delimiter) };
    }

    private TextReader OpenReader(TextEncodingResult encoding) => encoding.PerLine
        ? new LineWiseDecodingReader(new LeaveOpenStream(_stream), encoding.Encoding)
        : new StreamReader(_stream, encoding.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);

    private char DetectDelimiter(TextEncodingResult encoding)
    {
        _stream.Position = 0;
        var sample = new char[SampleChars];
        int length;
        using (var reader = OpenReader(encoding))
            length = reader.ReadBlock(sample, 0, sample.Length);
        _stream.Position = 0;
        var lines = new string(sample, 0, length).Split('\n').Take(SampleLines).Select(l => l.TrimEnd('\r')).ToList();
        if (length == SampleChars && lines.Count > 1) lines.RemoveAt(lines.Count - 1);
        return DelimiterDetector.Detect(lines);
    }

    private IEnumerable<SourceRow> ReadRows(TextEncodingResult encoding, char delimiter)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
            BadDataFound = null,
            MissingFieldFound = null,
            Mode = CsvMode.RFC4180,
            MaxFieldSize = _options.MaxCellChars,
        };
        _stream.Position = 0;
        CsvParser? parser = null;
        using var reader = new BoundedTextReader(OpenReader(encoding), _options.MaxRowChars, () => $"Row {Math.Max(parser?.Row ?? 0, 1)}");
        using (parser = new CsvParser(reader, configuration))
        {
            var quotes = new QuoteTracker(_options.MaxLinesPerRow);
            long previousChars = 0;
            while (true)
            {
                bool more;
                try
                {
                    more = parser.Read();
                }
                catch (MaxFieldSizeException)
                {
                    throw new UnreadableFileException(
                        $"Row {parser.Row} has a cell longer than {_options.MaxCellChars:N0} characters " +
                        "(Poh:Ingestion:MaxCellChars, Excel's own limit); if a quote opens in this row, it is probably not closed.");
                }
                catch (CsvHelperException ex)
                {
                    throw new UnreadableFileException(
                        $"The CSV cannot be parsed near line {parser.RawRow}: {ex.Message.Split('\n')[0]}", ex);
                }
                if (!more)
                {
                    quotes.AtEnd(reader.LineBreaks);
                    yield break;
                }
                reader.RowEnded();
                var rowChars = parser.CharCount - previousChars;
                previousChars = parser.CharCount;
                if (rowChars > _options.MaxRowChars)
                    throw new UnreadableFileException(
                        $"Row {parser.Row} is longer than {_options.MaxRowChars:N0} characters (Poh:Ingestion:MaxRowChars); " +
                        "a line break or a closing quote is probably missing.");
                if (parser.Count > _options.MaxColumns && LastFilled(parser.Record) >= _options.MaxColumns)
                    throw new UnreadableFileException(
                        $"Row {parser.Row} has {parser.Count:N0} columns; " +
                        $"at most {_options.MaxColumns:N0} are allowed (Poh:Ingestion:MaxColumns).");
                quotes.Row(parser);
                yield return new SourceRow(parser.Row, parser.Record ?? []);
            }
        }
    }

    private static int LastFilled(string[]? cells) => cells is null ? -1 : Array.FindLastIndex(cells, c => !string.IsNullOrEmpty(c));

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
