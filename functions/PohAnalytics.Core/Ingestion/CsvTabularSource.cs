using System.Collections.Concurrent;
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
    private const int BlockRows = 512;
    private const int BlockChars = 256 * 1024;
    private const int BlocksAhead = 4;
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

    // Parsing runs on its own thread, a few bounded blocks ahead of validation, so both cores work on a large file.
    private IEnumerable<SourceRow> ReadRows(TextEncodingResult encoding, char delimiter)
    {
        using var blocks = new BlockingCollection<SourceRow[]>(BlocksAhead);
        using var stop = new CancellationTokenSource();
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                Parse(encoding, delimiter, block => blocks.Add(block, stop.Token));
            }
            finally
            {
                blocks.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var block in blocks.GetConsumingEnumerable())
                foreach (var row in block)
                    yield return row;
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.Wait();
            }
            catch (AggregateException) when (stop.IsCancellationRequested)
            {
                // The reader stopped early (or failed); the producer's own error, if any, was already rethrown above.
            }
        }
    }

    private void Parse(TextEncodingResult encoding, char delimiter, Action<SourceRow[]> emit)
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
        var block = new List<SourceRow>(BlockRows);
        long blockChars = 0;
        try
        {
            using var reader = new BoundedTextReader(
                OpenReader(encoding), _options.MaxRowChars, () => $"Row {Math.Max(parser?.Row ?? 0, 1)}");
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
                        return;
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
                    block.Add(new SourceRow(parser.Row, parser.Record ?? []));
                    blockChars += rowChars;
                    if (block.Count < BlockRows && blockChars < BlockChars) continue;
                    emit([.. block]);
                    block.Clear();
                    blockChars = 0;
                }
            }
        }
        finally
        {
            // Rows read before an error still reach the pipeline first, as they did when parsing was not ahead.
            if (block.Count > 0) emit([.. block]);
        }
    }

    private static int LastFilled(string[]? cells) => cells is null ? -1 : Array.FindLastIndex(cells, c => !string.IsNullOrEmpty(c));

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
