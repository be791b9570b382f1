namespace PohAnalytics.Core.Ingestion;

/// <summary>Tuning and limits of the streaming ingestion (settings <c>Poh:Ingestion:*</c>).</summary>
public sealed record IngestionPipelineOptions
{
    /// <summary>Rows per curated batch (one Parquet row group); bounds memory.</summary>
    public int BatchSize { get; init; } = 50_000;
    /// <summary>Cell errors listed in the report (all rejected rows still go to the rejects output).</summary>
    public int MaxReportedErrors { get; init; } = 100;
    /// <summary>Rows searched for the header row below title rows.</summary>
    public int HeaderScanRows { get; init; } = 30;
    /// <summary>Data rows sampled to recognise personal data from values.</summary>
    public int PersonalDataSampleRows { get; init; } = 200;
    /// <summary>Known headers a row needs to count as the header row.</summary>
    public int MinKnownHeaders { get; init; } = 2;
    /// <summary>Longest cell in characters (Excel's own limit); a longer cell fails the file.</summary>
    public int MaxCellChars { get; init; } = 32_767;
    /// <summary>Longest row (CSV record) in characters; a longer row fails the file.</summary>
    public int MaxRowChars { get; init; } = 1024 * 1024;
    /// <summary>Most columns a row may have; a wider row fails the file.</summary>
    public int MaxColumns { get; init; } = 2_000;
    /// <summary>Most bytes a workbook may inflate to (all its parts together); a larger one fails the file.</summary>
    public long MaxInflatedBytes { get; init; } = 500L * 1024 * 1024;
    /// <summary>Most bytes the shared-strings part of a workbook may inflate to (the reader keeps it in memory).</summary>
    public long MaxSharedStringsBytes { get; init; } = 64L * 1024 * 1024;
    /// <summary>Longest text kept as a label (open categories, dataset names); a longer one is refused with its length.</summary>
    public int MaxLabelChars { get; init; } = 200;
    /// <summary>Rows of one CSV record may span at most this many lines before the file counts as truncated by a quote.</summary>
    public int MaxLinesPerRow { get; init; } = 100;
    /// <summary>Processing time one file may take; beyond it the ingestion fails with this reason.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromMinutes(2);
    /// <summary>Items of each list (errors, columns, warnings) kept in the stored summary of a report.</summary>
    public int MaxReportedItems { get; init; } = 100;
    /// <summary>Characters of a value or header kept in the stored summary of a report; longer ones are cut with their length.</summary>
    public int MaxReportedValueChars { get; init; } = 200;
}
