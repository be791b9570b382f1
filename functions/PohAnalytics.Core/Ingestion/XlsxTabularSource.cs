using System.Globalization;
using ExcelDataReader;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Streams the worksheets of an XLSX (or legacy XLS) workbook with ExcelDataReader, after checking that the workbook
/// inflates within the limits (a zip bomb is refused before it is read) and within the cell and column limits.
/// </summary>
public sealed class XlsxTabularSource : ITabularSource
{
    private readonly Stream _stream;
    private readonly IngestionPipelineOptions _options;

    static XlsxTabularSource() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Wraps a seekable stream; the source owns and disposes it.</summary>
    public XlsxTabularSource(Stream stream, IngestionPipelineOptions? options = null)
    {
        _stream = stream;
        _options = options ?? new IngestionPipelineOptions();
    }

    /// <inheritdoc />
    public IEnumerable<SourceSheet> Sheets()
    {
        var warnings = WorkbookInspector.Inspect(_stream, _options);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(_stream);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new UnreadableFileException("The file looks like a spreadsheet but cannot be opened (damaged or password protected).", ex);
        }
        using (reader)
        {
            do
            {
                var sheet = new SourceSheet(new SourceFormat("xlsx", Sheet: reader.Name), ReadRows(reader));
                sheet.Warnings.AddRange(warnings);
                yield return sheet;
            }
            while (NextSheet(reader));
        }
    }

    private static bool NextSheet(IExcelDataReader reader)
    {
        try
        {
            return reader.NextResult();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            throw Damaged(ex);
        }
    }

    private IEnumerable<SourceRow> ReadRows(IExcelDataReader reader)
    {
        var rowNumber = 0;
        while (true)
        {
            string?[] cells;
            try
            {
                if (!reader.Read()) yield break;
                rowNumber++;
                cells = ReadCells(reader, rowNumber);
            }
            catch (UnreadableFileException)
            {
                throw;
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
            {
                throw Damaged(ex);
            }
            yield return new SourceRow(rowNumber, cells);
        }
    }

    private string?[] ReadCells(IExcelDataReader reader, int rowNumber)
    {
        var count = reader.FieldCount;
        var width = count;
        while (width > 0 && reader.GetValue(width - 1) is null) width--;
        if (width > _options.MaxColumns)
            throw new UnreadableFileException(
                $"Row {rowNumber} has {width:N0} columns; at most {_options.MaxColumns:N0} are allowed (Poh:Ingestion:MaxColumns).");
        var cells = new string?[width];
        for (var i = 0; i < width; i++)
        {
            var text = ToText(reader.GetValue(i));
            if (text is { Length: var length } && length > _options.MaxCellChars)
                throw new UnreadableFileException(
                    $"Row {rowNumber} has a cell of {length:N0} characters; " +
                    $"at most {_options.MaxCellChars:N0} are allowed (Poh:Ingestion:MaxCellChars).");
            cells[i] = text;
        }
        return cells;
    }

    private static UnreadableFileException Damaged(Exception ex) =>
        new("The workbook is damaged or incomplete and cannot be read to its end; save it again and upload the new file.", ex);

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
