using PohAnalytics.Core.Codebook.Mapping;

namespace PohAnalytics.Core.Ingestion;

/// <summary>What an ingestion accepted, rejected, mapped and dropped; shown to staff after every upload.</summary>
public sealed record IngestionReport
{
    /// <summary>The uploaded file's name.</summary>
    public required string FileName { get; init; }
    /// <summary>Detected physical format.</summary>
    public SourceFormat? Format { get; init; }
    /// <summary>Row number of the header row (title rows above it are skipped).</summary>
    public int HeaderRowNumber { get; init; }
    /// <summary>Data rows read (blank rows excluded).</summary>
    public long RowsRead { get; init; }
    /// <summary>Rows written to the curated dataset.</summary>
    public long RowsAccepted { get; init; }
    /// <summary>Rows kept in the rejects output.</summary>
    public long RowsRejected { get; init; }
    /// <summary>Total cell errors (the list below is capped).</summary>
    public long ErrorCount { get; init; }
    /// <summary>Cells refused because they look like personal data (counted in <see cref="ErrorCount"/> too).</summary>
    public long PersonalDataCells { get; init; }
    /// <summary>The first cell errors, in file order; values that look like personal data are masked.</summary>
    public IReadOnlyList<CellError> FirstErrors { get; init; } = [];
    /// <summary>Columns mapped to the codebook.</summary>
    public IReadOnlyList<ColumnReport> MappedColumns { get; init; } = [];
    /// <summary>Columns the codebook does not know: reported, not ingested.</summary>
    public IReadOnlyList<ColumnReport> UnmappedColumns { get; init; } = [];
    /// <summary>Columns recognised as personal data and dropped before anything was written.</summary>
    public IReadOnlyList<ColumnReport> DroppedColumns { get; init; } = [];
    /// <summary>Per variable, accepted rows where the item was not asked (absent from the export, or empty where empty means not asked).</summary>
    public IReadOnlyDictionary<string, long> NotAsked { get; init; } = new Dictionary<string, long>();
    /// <summary>Per variable, accepted rows with no answer although the item was asked.</summary>
    public IReadOnlyDictionary<string, long> Missing { get; init; } = new Dictionary<string, long>();
    /// <summary>Cell errors grouped per column, reason and (unknown) value, with suggestions; most rows first.</summary>
    public IReadOnlyList<ErrorGroup> ErrorGroups { get; init; } = [];
    /// <summary>Values that are no alias but equal one category after normalisation, mapped automatically.</summary>
    public IReadOnlyList<AutoMappedValue> AutoMapped { get; init; } = [];
    /// <summary>Unmapped headers with the variables they most likely are.</summary>
    public IReadOnlyList<HeaderSuggestion> HeaderSuggestions { get; init; } = [];
    /// <summary>Variables in the file of which every answered value was an unknown category.</summary>
    public IReadOnlyList<string> LostVariables { get; init; } = [];
    /// <summary>Share of rows read that were rejected, 0 to 1.</summary>
    public double RejectedShare => RowsRead == 0 ? 0 : (double)RowsRejected / RowsRead;
    /// <summary>What may have been lost or read differently without an error: mixed encodings, look-alike letters, no BOM.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>
    /// Per list of this summary (firstErrors, unmappedColumns…), how many items were left out; the full report is a blob.
    /// </summary>
    public IReadOnlyDictionary<string, long> Omitted { get; init; } = new Dictionary<string, long>();
}
