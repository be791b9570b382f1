using System.Globalization;
using ExcelDataReader;

namespace PohAnalytics.Core.Ingestion;

/// <summary>Streams the worksheets of an XLSX (or legacy XLS) workbook with ExcelDataReader.</summary>
public sealed class XlsxTabularSource : ITabularSource
{
    private readonly Stream _stream;

    static XlsxTabularSource() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Wraps a seekable stream; the source owns and disposes it.</summary>
    public XlsxTabularSource(Stream stream) => _stream = stream;

    /// <inheritdoc />
    public IEnumerable<SourceSheet> Sheets()
    {
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(_stream);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new UnreadableFileException("The file looks like a spreadsheet but cannot be opened (damaged or password protected).", ex);
        }
        using (reader)
        {
            do
            {
                yield return new SourceSheet(new SourceFormat("xlsx", Sheet: reader.Name), ReadRows(reader));
            }
            while (reader.NextResult());
        }
    }

    private static IEnumerable<SourceRow> ReadRows(IExcelDataReader reader)
    {
        var rowNumber = 0;
        while (reader.Read())
        {
            rowNumber++;
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = ToText(reader.GetValue(i));
            yield return new SourceRow(rowNumber, cells);
        }
    }

    private static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
