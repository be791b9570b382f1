using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using nietras.SeparatedValues;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Streams a CSV export with Sep (CsvHelper for the rare file near a limit or with stray quotes) after detecting its
/// encoding and delimiter, within the cell, row and column limits; a quote that is never closed, or that swallows many
/// lines, fails the file instead of silently shortening it.
/// </summary>
public sealed class CsvTabularSource : ITabularSource
{
    private const int SampleLines = 50;
    private const int SampleChars = 256 * 1024;
    private const int BlockRows = 512;
    private const int BlockChars = 256 * 1024;
    private const int BlocksAhead = 4;
    // Long answer labels repeat too ("Detachering vanuit een zorggroep, huisartsenvereniging of -cooperatie").
    private const int PooledCellChars = 128;
    private readonly Stream _stream;
    private readonly IngestionPipelineOptions _options;
    private readonly RowCellArrays _cellArrays = new();
    private readonly UnreadColumns _unread = new();

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
        yield return sheet with { Rows = ReadRows(encoding, delimiter), ReturnedCells = _cellArrays, Unread = _unread };
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

    // Sep reads the common file; a file that comes near a limit or has a quote Sep reads differently (a quote inside an
    // unquoted value, a quote never closed) is read again by CsvHelper, whose reading (and messages) the limits were
    // written for. CsvHelper then passes on only the rows after those Sep already passed on, which both read alike.
    private void Parse(TextEncodingResult encoding, char delimiter, Action<SourceRow[]> emit)
    {
        var blocks = new RowBlocks(emit);
        try
        {
            if (!ParseWithSep(encoding, delimiter, blocks)) ParseWithCsvHelper(encoding, delimiter, blocks);
        }
        finally
        {
            // Rows read before an error still reach the pipeline first, as they did when parsing was not ahead.
            blocks.Flush();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ParseWithSep(TextEncodingResult encoding, char delimiter, RowBlocks blocks)
    {
        _stream.Position = 0;
        try
        {
            using var text = new BoundedTextReader(OpenReader(encoding), _options.MaxRowChars, () => "A row");
            using var reader = Sep.New(delimiter).Reader(o => o with
            {
                HasHeader = false,
                Unescape = true,
                DisableColCountCheck = true,
                // Exports repeat the same short texts in a column: each distinct one becomes a string once, and
                // RowValidator parses it once.
                CreateToString = SepToString.PoolPerCol(maximumStringLength: PooledCellChars),
            }).From(text);
            var quotes = new QuoteTracker(_options.MaxLinesPerRow);
            var blankLines = 0;
            foreach (var row in reader)
            {
                text.RowEnded();
                var raw = row.Span;
                if (raw.Length == 0)
                {
                    blankLines++;
                    continue;
                }
                // Line breaks and skipped blank lines count towards a row's length (up to two characters each).
                var nearLimit = raw.Length + 2 * (blankLines + 1) > _options.MaxRowChars || row.ColCount > _options.MaxColumns;
                if (nearLimit || (raw.Contains('"') && !IsPlainlyQuoted(raw, delimiter))) return false;
                blankLines = 0;
                quotes.Row(row.RowIndex + 1, row.LineNumberToExcl - 1, raw);
                var rowChars = raw.Length;
                var cells = _cellArrays.Rent(row.ColCount);
                var unread = _unread.Current ?? [];
                for (var i = 0; i < cells.Length; i++)
                {
                    var cell = row[i];
                    // A quoted cell's text can be half its length in the file, where CsvHelper measures it.
                    if (2 * rowChars + 2 > _options.MaxCellChars && 2 * cell.Span.Length + 2 > _options.MaxCellChars) return false;
                    cells[i] = i < unread.Length && unread[i] && !cell.Span.IsWhiteSpace() ? UnreadColumns.Placeholder : cell.ToString();
                }
                blocks.Add(new SourceRow(row.RowIndex + 1, cells), rowChars);
            }
            quotes.AtEnd(text.LineBreaks);
            return true;
        }
        catch (UnreadableFileException)
        {
            return false;
        }
    }

    // Whether every quote in the row opens a cell, closes it before a delimiter, or is doubled inside a quoted cell.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlainlyQuoted(ReadOnlySpan<char> raw, char delimiter)
    {
        var i = 0;
        while (true)
        {
            if (i < raw.Length && raw[i] == '"')
            {
                i++;
                while (true)
                {
                    var quote = raw[i..].IndexOf('"');
                    if (quote < 0) return false;
                    i += quote + 1;
                    if (i < raw.Length && raw[i] == '"') i++;
                    else break;
                }
                if (i == raw.Length) return true;
                if (raw[i] != delimiter) return false;
            }
            else
            {
                var end = raw[i..].IndexOfAny(delimiter, '"');
                if (end < 0) return true;
                if (raw[i + end] == '"') return false;
                i += end;
            }
            i++;
        }
    }

    private void ParseWithCsvHelper(TextEncodingResult encoding, char delimiter, RowBlocks blocks)
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
        var passedOn = blocks.LastRow;
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
                quotes.Row(parser.Row, parser.RawRow, parser.RawRecord);
                if (parser.Row > passedOn) blocks.Add(new SourceRow(parser.Row, parser.Record ?? []), rowChars);
            }
        }
    }

    private static int LastFilled(string[]? cells) => cells is null ? -1 : Array.FindLastIndex(cells, c => !string.IsNullOrEmpty(c));

    // Hands rows on in blocks bounded by rows and characters.
    private sealed class RowBlocks(Action<SourceRow[]> emit)
    {
        private readonly List<SourceRow> _block = new(BlockRows);
        private long _chars;

        public int LastRow { get; private set; }

        public void Add(SourceRow row, long chars)
        {
            _block.Add(row);
            LastRow = row.RowNumber;
            _chars += chars;
            if (_block.Count >= BlockRows || _chars >= BlockChars) Flush();
        }

        public void Flush()
        {
            if (_block.Count == 0) return;
            emit([.. _block]);
            _block.Clear();
            _chars = 0;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
