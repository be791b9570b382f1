using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Codebook.Mapping;
using PohAnalytics.Core.Disclosure;

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
    private const int BlockRows = 2048;
    private const int BlocksAhead = 2;

    /// <summary>Prepares the pipeline for one codebook version.</summary>
    public IngestionPipeline(CodebookDefinition codebook, IngestionPipelineOptions? options = null)
    {
        _codebook = codebook;
        _options = options ?? new IngestionPipelineOptions();
        _mapper = new ColumnMapper(codebook);
        _parser = new CellParser(codebook, _options.MaxLabelChars);
        _schema = CuratedSchema.From(codebook);
    }

    /// <summary>The curated schema rows are written in.</summary>
    public CuratedSchema Schema => _schema;

    /// <summary>Ingests a seekable stream. Throws <see cref="UnreadableFileException"/> when the file cannot be ingested at all.</summary>
    public async Task<IngestionReport> RunAsync(Stream source, string fileName, ICuratedSink curated, IRejectSink rejects, CancellationToken cancellationToken = default)
    {
        using var tabular = TabularSourceFactory.Open(source, _options, cancellationToken);
        return await new HeaderLocator(_options).OnFirstTableAsync<IngestionReport>(tabular, _mapper.CountKnownHeaders,
                   table => IngestSheetAsync(fileName, table, curated, rejects, cancellationToken))
               ?? throw Unreadable(fileName);
    }

    // Cell parsing (aliases, numbers, the personal-data screen) touches nothing validation does, so the rows are read and
    // parsed on a thread of their own, a few blocks ahead. Splitting each block over both cores instead made this thread
    // wait for the other half whenever the reader or the Parquet writer held the other core.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ParseAhead(
        IEnumerator<SourceRow> rows, RowValidator validator, BlockingCollection<ParsedBlock> parsed,
        ConcurrentQueue<ParsedBlock> emptied, CancellationToken cancellationToken)
    {
        try
        {
            ParsedBlock block;
            do
            {
                block = emptied.TryDequeue(out var reused) ? reused : new ParsedBlock(BlockRows, validator.CellsPerRow);
                block.Fill(rows);
                for (var r = 0; r < block.Rows.Count; r++) validator.ParseCells(block.Rows[r], block.CellsOf(r), block.Unremembered);
                parsed.Add(block, cancellationToken);
            }
            while (!block.IsLast);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Validation stopped first; its exception is the one that counts.
        }
        finally
        {
            parsed.CompleteAdding();
        }
    }

    private UnreadableFileException Unreadable(string fileName)
    {
        var examples = string.Join(", ", _codebook.Variables.Where(v => v.Headers.Count > 0).Take(4).Select(v => v.Headers[0]));
        return new UnreadableFileException(
            $"{fileName}: no header row with known column names in the first {_options.HeaderScanRows} rows of any sheet " +
            $"(expected at least {_options.MinKnownHeaders} known headers, e.g. {examples}).");
    }

    private async Task<IngestionReport> IngestSheetAsync(
        string fileName, LocatedTable table, ICuratedSink curated, IRejectSink rejects, CancellationToken cancellationToken)
    {
        var mapping = _mapper.Map(table.Header.Cells);
        mapping = mapping.WithPersonalData(new PersonalDataDetector(_codebook, _parser).Detect(mapping, table.Peek(_options.PersonalDataSampleRows)));
        var tally = new MappingTally(_codebook, mapping, new MappingSuggester(_codebook));
        var validator = new RowValidator(_codebook, _parser, _schema, mapping, table.HeaderWidth, tally);
        table.ReadColumnsOnly(mapping.Mapped.Select(m => m.Index));

        var output = new CuratedOutput(_schema, curated, rejects, _options);
        var notAsked = new Dictionary<string, long>();
        var missing = new Dictionary<string, long>();

        using var rows = table.DataRows().GetEnumerator();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var parsed = new BlockingCollection<ParsedBlock>(BlocksAhead);
        var emptied = new ConcurrentQueue<ParsedBlock>();
        var parsing = Task.Factory.StartNew(() => ParseAhead(rows, validator, parsed, emptied, stop.Token), stop.Token,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var block in parsed.GetConsumingEnumerable(cancellationToken))
            {
                for (var r = 0; r < block.Rows.Count; r++)
                {
                    var row = block.Rows[r];
                    cancellationToken.ThrowIfCancellationRequested();
                    output.CountRead();
                    var slot = output.BeginRow();
                    var errors = validator.Validate(
                        row, block.CellsOf(r), CollectionsMarshal.AsSpan(block.Unremembered), output.Batch, slot);
                    if (errors.Count > 0)
                    {
                        await output.RejectAsync(new RejectedRow(row.RowNumber, errors, validator.MappedCells(row)), cancellationToken);
                        continue;
                    }
                    validator.CountEmpty(output.Batch, slot, notAsked, missing);
                    await output.CommitRowAsync(cancellationToken);
                    output.CountAccepted();
                }
                // Rejects and the batch keep cell texts, never a row's array.
                foreach (var row in block.Rows) table.Release(row);
                // The rows read before a file-level error are still validated first, as when rows were taken one by one.
                block.Failure?.Throw();
                emptied.Enqueue(block);
            }
        }
        catch
        {
            // The row enumerator is disposed when this method ends, so the parse thread must have stopped reading it.
            await stop.CancelAsync();
            await parsing.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }
        await parsing;
        await output.FlushAsync(cancellationToken);

        return output.Report(fileName, table) with
        {
            MappedColumns = mapping.Mapped.Select(m => new ColumnReport(m.Header, m.CanonicalName)).ToList(),
            UnmappedColumns = mapping.Unmapped.Select(u => new ColumnReport(u.Header, u.Reason)).ToList(),
            DroppedColumns = mapping.PersonalData.Select(p => new ColumnReport(p.Header, p.Reason)).ToList(),
            NotAsked = notAsked,
            Missing = missing,
            ErrorGroups = tally.Groups(),
            AutoMapped = tally.Auto(),
            HeaderSuggestions = tally.Headers(),
            LostVariables = tally.LostVariables(),
        };
    }
}
