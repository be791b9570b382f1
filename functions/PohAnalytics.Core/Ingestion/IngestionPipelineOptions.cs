namespace PohAnalytics.Core.Ingestion;

/// <summary>Tuning of the streaming ingestion.</summary>
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
}
