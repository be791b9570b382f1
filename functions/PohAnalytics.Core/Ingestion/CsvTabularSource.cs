using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PohAnalytics.Core.Ingestion;

/// <summary>Streams a CSV export with CsvHelper after detecting its encoding and delimiter.</summary>
public sealed class CsvTabularSource : ITabularSource
{
    private const int SampleLines = 50;
    private readonly Stream _stream;

    /// <summary>Wraps a seekable stream; the source owns and disposes it.</summary>
    public CsvTabularSource(Stream stream)
    {
        if (!stream.CanSeek) throw new ArgumentException("CSV detection needs a seekable stream.", nameof(stream));
        _stream = stream;
    }

    /// <inheritdoc />
    public IEnumerable<SourceSheet> Sheets()
    {
        var (encoding, encodingName) = TextEncodingDetector.Detect(_stream);
        var delimiter = DetectDelimiter(encoding);
        var format = new SourceFormat("csv", encodingName, delimiter == '\t' ? "tab" : delimiter.ToString());
        yield return new SourceSheet(format, ReadRows(encoding, delimiter));
    }

    private char DetectDelimiter(System.Text.Encoding encoding)
    {
        _stream.Position = 0;
        var lines = new List<string>(SampleLines);
        using (var reader = new StreamReader(_stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            while (lines.Count < SampleLines && reader.ReadLine() is { } line)
                lines.Add(line);
        }
        _stream.Position = 0;
        return DelimiterDetector.Detect(lines);
    }

    private IEnumerable<SourceRow> ReadRows(System.Text.Encoding encoding, char delimiter)
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
        };
        _stream.Position = 0;
        using var reader = new StreamReader(_stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var parser = new CsvParser(reader, configuration);
        while (true)
        {
            bool more;
            try
            {
                more = parser.Read();
            }
            catch (CsvHelperException ex)
            {
                throw new UnreadableFileException($"The CSV cannot be parsed near line {parser.RawRow}: {ex.Message.Split('\n')[0]}", ex);
            }
            if (!more) yield break;
            yield return new SourceRow(parser.Row, parser.Record ?? []);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
