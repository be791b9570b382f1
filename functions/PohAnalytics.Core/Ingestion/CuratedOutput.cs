namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// The write side shared by the ingestion pipelines: fills a bounded <see cref="CuratedBatch"/>, flushes it to the
/// curated sink when full, sends rejected rows to the reject sink and keeps the counts an <see cref="IngestionReport"/> needs.
/// </summary>
public sealed class CuratedOutput(CuratedSchema schema, ICuratedSink curated, IRejectSink rejects, IngestionPipelineOptions options)
{
    private readonly List<CellError> _firstErrors = [];

    /// <summary>The batch being filled.</summary>
    public CuratedBatch Batch { get; } = new(schema, options.BatchSize);

    /// <summary>Source rows read.</summary>
    public long RowsRead { get; private set; }
    /// <summary>Source rows accepted.</summary>
    public long RowsAccepted { get; private set; }
    /// <summary>Source rows rejected.</summary>
    public long RowsRejected { get; private set; }
    /// <summary>Cell errors over all rejected rows.</summary>
    public long ErrorCount { get; private set; }
    /// <summary>Cells refused because they look like personal data.</summary>
    public long PersonalDataCells { get; private set; }
    /// <summary>The first cell errors, capped at <see cref="IngestionPipelineOptions.MaxReportedErrors"/>.</summary>
    public IReadOnlyList<CellError> FirstErrors => _firstErrors;

    /// <summary>Counts a source row as read.</summary>
    public void CountRead() => RowsRead++;

    /// <summary>Counts a source row as accepted (its curated rows are committed separately).</summary>
    public void CountAccepted() => RowsAccepted++;

    /// <summary>Starts a curated row in the batch and returns its slot.</summary>
    public int BeginRow() => Batch.BeginRow();

    /// <summary>Keeps the curated row begun last, writing the batch out when it is full.</summary>
    public ValueTask CommitRowAsync(CancellationToken cancellationToken)
    {
        // Called for every row: only a full batch needs the state machine of an await.
        Batch.CommitRow();
        return Batch.IsFull ? WriteFullBatchAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    private async ValueTask WriteFullBatchAsync(CancellationToken cancellationToken)
    {
        await curated.WriteBatchAsync(Batch, cancellationToken);
        Batch.Clear();
    }

    /// <summary>Sends a source row to the rejects with its errors; cells refused as personal data keep only their placeholder.</summary>
    public async ValueTask RejectAsync(RejectedRow row, CancellationToken cancellationToken)
    {
        var personal = row.Errors.Where(e => e.PersonalData is not null).ToList();
        if (personal.Count > 0)
            row = row with
            {
                Cells = row.Cells.Select(c => personal.FirstOrDefault(e => e.Column == c.Key) is { } masked
                    ? new KeyValuePair<string, string?>(c.Key, masked.Value)
                    : c).ToList(),
            };
        RowsRejected++;
        ErrorCount += row.Errors.Count;
        PersonalDataCells += personal.Count;
        _firstErrors.AddRange(row.Errors.Take(options.MaxReportedErrors - _firstErrors.Count));
        await rejects.AddAsync(row, cancellationToken);
    }

    /// <summary>The report of the rows handled so far, for a table of a file; the caller adds its column reports.</summary>
    public IngestionReport Report(string fileName, LocatedTable table) => new()
    {
        FileName = fileName,
        Format = table.Format,
        HeaderRowNumber = table.Header.RowNumber,
        RowsRead = RowsRead,
        RowsAccepted = RowsAccepted,
        RowsRejected = RowsRejected,
        ErrorCount = ErrorCount,
        FirstErrors = FirstErrors,
        PersonalDataCells = PersonalDataCells,
        Warnings = table.Warnings.ToList(),
    };

    /// <summary>Writes the rows still in the batch.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (Batch.Count == 0) return;
        await curated.WriteBatchAsync(Batch, cancellationToken);
        Batch.Clear();
    }
}
