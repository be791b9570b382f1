using System.Globalization;
using System.Text;
using CsvHelper;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Application;

/// <summary>
/// Writes rejected rows as a semicolon CSV (row, reasons, then the mapped cells) that opens in Dutch Excel. Every text
/// cell goes through <see cref="CsvFormulaGuard"/>, as rejected cells are exactly the untrusted values of an upload.
/// </summary>
public sealed class RejectsCsvWriter : IRejectSink, IAsyncDisposable
{
    private readonly StreamWriter _writer;
    private readonly CsvWriter _csv;
    private IReadOnlyList<string>? _headers;

    /// <summary>Number of rows written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes into a stream left open.</summary>
    public RejectsCsvWriter(Stream output)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(true), 65536, leaveOpen: true);
        _csv = new CsvWriter(_writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
    }

    /// <inheritdoc />
    public async ValueTask AddAsync(RejectedRow row, CancellationToken cancellationToken)
    {
        if (_headers is null)
        {
            _headers = row.Cells.Select(c => c.Key).ToList();
            _csv.WriteField("rij");
            _csv.WriteField("fouten");
            foreach (var header in _headers) _csv.WriteField(CsvFormulaGuard.Neutralise(header));
            await _csv.NextRecordAsync();
        }
        _csv.WriteField(row.RowNumber);
        _csv.WriteField(CsvFormulaGuard.Neutralise(string.Join(" | ", row.Errors.Select(e => $"{e.Column}: {e.Reason} (\"{e.Value}\")"))));
        foreach (var cell in row.Cells) _csv.WriteField(CsvFormulaGuard.Neutralise(cell.Value));
        await _csv.NextRecordAsync();
        Count++;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _csv.FlushAsync();
        await _csv.DisposeAsync();
        await _writer.DisposeAsync();
    }
}
