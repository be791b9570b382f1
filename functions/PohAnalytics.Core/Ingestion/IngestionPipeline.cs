using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Streams an export through the codebook: finds the header below title rows, maps columns, drops personal data,
/// validates every row, and hands accepted rows to the curated sink in bounded batches and rejected rows to the reject sink.
/// </summary>
public sealed class IngestionPipeline
{
    private readonly CodebookDefinition _codebook;
    private readonly IngestionPipelineOptions _options;
    private readonly ColumnMapper _mapper;
    private readonly CellParser _parser;
    private readonly CuratedSchema _schema;

    /// <summary>Prepares the pipeline for one codebook version.</summary>
    public IngestionPipeline(CodebookDefinition codebook, IngestionPipelineOptions? options = null)
    {
        _codebook = codebook;
        _options = options ?? new IngestionPipelineOptions();
        _mapper = new ColumnMapper(codebook);
        _parser = new CellParser(codebook);
        _schema = CuratedSchema.From(codebook);
    }

    /// <summary>The curated schema rows are written in.</summary>
    public CuratedSchema Schema => _schema;

    /// <summary>Ingests a seekable stream. Throws <see cref="UnreadableFileException"/> when the file cannot be ingested at all.</summary>
    public async Task<IngestionReport> RunAsync(Stream source, string fileName, ICuratedSink curated, IRejectSink rejects, CancellationToken cancellationToken = default)
    {
        using var tabular = TabularSourceFactory.Open(source);
        foreach (var sheet in tabular.Sheets())
        {
            using var rows = sheet.Rows.GetEnumerator();
            var scanned = new List<SourceRow>();
            while (scanned.Count < _options.HeaderScanRows && rows.MoveNext())
                if (!rows.Current.IsBlank) scanned.Add(rows.Current);
            var headerAt = FindHeader(scanned);
            if (headerAt < 0) continue;
            return await IngestSheetAsync(fileName, sheet.Format, scanned, headerAt, rows, curated, rejects, cancellationToken);
        }
        var examples = string.Join(", ", _codebook.Variables.Where(v => v.Headers.Count > 0).Take(4).Select(v => v.Headers[0]));
        throw new UnreadableFileException(
            $"{fileName}: no header row with known column names in the first {_options.HeaderScanRows} rows of any sheet " +
            $"(expected at least {_options.MinKnownHeaders} known headers, e.g. {examples}).");
    }

    private int FindHeader(List<SourceRow> scanned)
    {
        var best = -1;
        var bestScore = _options.MinKnownHeaders - 1;
        for (var i = 0; i < scanned.Count; i++)
        {
            var score = _mapper.CountKnownHeaders(scanned[i].Cells);
            if (score > bestScore) (best, bestScore) = (i, score);
        }
        return best;
    }

    private async Task<IngestionReport> IngestSheetAsync(
        string fileName, SourceFormat format, List<SourceRow> scanned, int headerAt, IEnumerator<SourceRow> rest,
        ICuratedSink curated, IRejectSink rejects, CancellationToken cancellationToken)
    {
        var header = scanned[headerAt];
        var headerWidth = Array.FindLastIndex(header.Cells, c => !string.IsNullOrWhiteSpace(c)) + 1;
        var pending = new Queue<SourceRow>(scanned.Skip(headerAt + 1));
        while (pending.Count < _options.PersonalDataSampleRows && rest.MoveNext())
            if (!rest.Current.IsBlank) pending.Enqueue(rest.Current);

        var mapping = _mapper.Map(header.Cells);
        mapping = mapping.WithPersonalData(new PersonalDataDetector(_codebook, _parser).Detect(mapping, pending.ToList()));
        var validator = new RowValidator(_codebook, _parser, _schema, mapping, headerWidth);

        var batch = new CuratedBatch(_schema, _options.BatchSize);
        var notAsked = new Dictionary<string, long>();
        var missing = new Dictionary<string, long>();
        var firstErrors = new List<CellError>();
        long read = 0, accepted = 0, rejected = 0, errorCount = 0;

        foreach (var row in Remaining(pending, rest))
        {
            cancellationToken.ThrowIfCancellationRequested();
            read++;
            var slot = batch.BeginRow();
            var errors = validator.Validate(row, batch, slot);
            if (errors.Count > 0)
            {
                rejected++;
                errorCount += errors.Count;
                firstErrors.AddRange(errors.Take(_options.MaxReportedErrors - firstErrors.Count));
                await rejects.AddAsync(new RejectedRow(row.RowNumber, errors, validator.MappedCells(row)), cancellationToken);
                continue;
            }
            validator.CountEmpty(batch, slot, notAsked, missing);
            batch.CommitRow();
            accepted++;
            if (batch.IsFull)
            {
                await curated.WriteBatchAsync(batch, cancellationToken);
                batch.Clear();
            }
        }
        if (batch.Count > 0)
            await curated.WriteBatchAsync(batch, cancellationToken);

        return new IngestionReport
        {
            FileName = fileName,
            Format = format,
            HeaderRowNumber = header.RowNumber,
            RowsRead = read,
            RowsAccepted = accepted,
            RowsRejected = rejected,
            ErrorCount = errorCount,
            FirstErrors = firstErrors,
            MappedColumns = mapping.Mapped.Select(m => new ColumnReport(m.Header, m.CanonicalName)).ToList(),
            UnmappedColumns = mapping.Unmapped.Select(u => new ColumnReport(u.Header, u.Reason)).ToList(),
            DroppedColumns = mapping.PersonalData.Select(p => new ColumnReport(p.Header, p.Reason)).ToList(),
            NotAsked = notAsked,
            Missing = missing,
        };
    }

    private static IEnumerable<SourceRow> Remaining(Queue<SourceRow> pending, IEnumerator<SourceRow> rest)
    {
        while (pending.Count > 0) yield return pending.Dequeue();
        while (rest.MoveNext())
            if (!rest.Current.IsBlank) yield return rest.Current;
    }
}
