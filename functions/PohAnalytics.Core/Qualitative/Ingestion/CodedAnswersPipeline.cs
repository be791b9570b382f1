using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Qualitative.CodeLists;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Qualitative.Ingestion;

/// <summary>
/// Streams an export of coded answers — wide (one row per respondent, repeated code columns) or long (one row per
/// respondent × code) — into the long curated schema of the code list its headers match: finds the header below
/// title rows, drops personal data, rejects rows with unknown codes or categories, and writes one curated row per
/// mention (a respondent who named nothing keeps one row without theme and code, so respondent counts stay right).
/// </summary>
public sealed class CodedAnswersPipeline
{
    private readonly CodeListCatalog _catalog;
    private readonly PersonalDataPatterns _personalData;
    private readonly IngestionPipelineOptions _options;

    /// <summary>Prepares the pipeline for the code lists of a catalog and the personal-data rules (those of the codebook).</summary>
    public CodedAnswersPipeline(CodeListCatalog catalog, PersonalDataRules personalData, IngestionPipelineOptions? options = null)
    {
        _catalog = catalog;
        _personalData = new PersonalDataPatterns(personalData);
        _options = options ?? new IngestionPipelineOptions();
    }

    /// <summary>
    /// The code list whose headers the file carries, or null when it matches none. Reads only the first rows and
    /// leaves the stream open (rewound), so the caller can create a writer for <see cref="CuratedSchema.ForCodeList"/>
    /// and then call <see cref="RunAsync"/>.
    /// </summary>
    public async Task<CodeListDefinition?> TryDetectAsync(Stream source, CancellationToken cancellationToken = default)
    {
        try
        {
            using var tabular = TabularSourceFactory.Open(new LeaveOpenStream(source), _options, cancellationToken);
            return await new HeaderLocator(_options).OnFirstTableAsync(tabular, _catalog.CountKnownHeaders,
                table => Task.FromResult(_catalog.Match(table.Header.Cells, _options.MinKnownHeaders)?.CodeList));
        }
        finally
        {
            source.Position = 0;
        }
    }

    /// <summary>
    /// Ingests a seekable stream. Throws <see cref="UnreadableFileException"/> when no sheet has a header row matching
    /// a code list, or when a long export has no respondent column.
    /// </summary>
    public async Task<IngestionReport> RunAsync(Stream source, string fileName, ICuratedSink curated, IRejectSink rejects, CancellationToken cancellationToken = default)
    {
        using var tabular = TabularSourceFactory.Open(source, _options, cancellationToken);
        return await new HeaderLocator(_options).OnFirstTableAsync<IngestionReport>(tabular, _catalog.CountKnownHeaders,
                   table => IngestSheetAsync(fileName, table, _catalog.Match(table.Header.Cells, _options.MinKnownHeaders)!, curated, rejects, cancellationToken))
               ?? throw Unreadable(fileName);
    }

    private UnreadableFileException Unreadable(string fileName)
    {
        var expected = string.Join("; ", _catalog.CodeLists.Select(c =>
            $"{c.Label.Nl}: {string.Join(", ", c.RespondentId.Headers.Take(1).Concat(c.Attributes.SelectMany(a => a.Headers.Take(1))).Concat(c.CodeColumns.HeaderPatterns.Take(1)).Concat(c.CodeColumns.CodeHeaders.Take(1)))}"));
        return new UnreadableFileException(
            $"{fileName}: no header row in the first {_options.HeaderScanRows} rows of any sheet matches a code list " +
            $"(expected a code column and at least {_options.MinKnownHeaders} known headers, e.g. {expected}).");
    }

    private async Task<IngestionReport> IngestSheetAsync(
        string fileName, LocatedTable table, CodedColumnLayout layout, ICuratedSink curated, IRejectSink rejects, CancellationToken cancellationToken)
    {
        var dropped = DetectPersonalData(layout, table.Peek(_options.PersonalDataSampleRows));
        layout = layout.Without(dropped.Select(d => d.Index).ToHashSet());
        if (layout.CodeList.Shape == CodeListShape.Long && layout.RespondentId is null)
            throw new UnreadableFileException(
                $"{fileName}: a long export of {layout.CodeList.Label.Nl} needs a respondent column (e.g. \"{layout.CodeList.RespondentId.Headers[0]}\") to count respondents.");

        var schema = CuratedSchema.ForCodeList(layout.CodeList);
        var reader = new CodedRowReader(layout, schema, table.HeaderWidth, _personalData, _options.MaxLabelChars);
        var output = new CuratedOutput(schema, curated, rejects, _options);
        foreach (var row in table.DataRows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.CountRead();
            var answers = reader.Read(row);
            if (answers.Errors.Count > 0)
            {
                await output.RejectAsync(new RejectedRow(row.RowNumber, answers.Errors, reader.RecognisedCells(row)), cancellationToken);
                continue;
            }
            IReadOnlyList<(string? Theme, string? Code)> mentions = answers.Mentions.Count == 0
                ? [(null, null)]
                : answers.Mentions.Select(m => ((string?)m.Theme, (string?)m.Code)).ToList();
            foreach (var (theme, code) in mentions)
            {
                var slot = output.BeginRow();
                reader.Write(output.Batch, slot, row, answers, theme, code);
                await output.CommitRowAsync(cancellationToken);
            }
            output.CountAccepted();
        }
        await output.FlushAsync(cancellationToken);

        return output.Report(fileName, table) with
        {
            MappedColumns = reader.MappedColumns,
            UnmappedColumns = layout.Unmapped.Select(u => new ColumnReport(u.Header, u.Reason)).ToList(),
            DroppedColumns = dropped.Select(p => new ColumnReport(p.Header, p.Reason)).ToList(),
        };
    }

    private List<SkippedColumn> DetectPersonalData(CodedColumnLayout layout, IReadOnlyList<SourceRow> sample)
    {
        var byHeader = layout.Unmapped.Where(u => _personalData.IsPersonalHeader(u.Header))
            .Select(u => u with { Reason = "personal data (column name)" }).ToList();
        var freeText = layout.Unmapped.Where(u => byHeader.All(h => h.Index != u.Index)).Select(u => (u.Index, u.Header))
            .Concat(new[] { layout.RespondentId }.OfType<LayoutColumn>().Select(c => (c.Index, c.Header)))
            .Concat(layout.Attributes.Where(a => a.Attribute.OpenCategories).Select(a => (a.Column.Index, a.Column.Header)));
        return byHeader.Concat(new PersonalDataDetector(_personalData).Detect(freeText, sample)).OrderBy(d => d.Index).ToList();
    }
}
