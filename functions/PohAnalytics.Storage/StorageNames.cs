namespace PohAnalytics.Storage;

/// <summary>Names of the containers, queues and tables (the Bicep templates create the same ones).</summary>
public static class StorageNames
{
    /// <summary>Connection setting name shared with the Functions host (connection string locally, identity-based in Azure).</summary>
    public const string Connection = "AzureWebJobsStorage";
    /// <summary>Immutable raw uploads, addressed by SHA-256.</summary>
    public const string RawContainer = "raw";
    /// <summary>Upload container with the drop folder.</summary>
    public const string UploadsContainer = "uploads";
    /// <summary>Curated Parquet datasets.</summary>
    public const string CuratedContainer = "curated";
    /// <summary>Rejected rows with reasons.</summary>
    public const string RejectsContainer = "rejects";
    /// <summary>Published JSON for the dashboard.</summary>
    public const string PublishedContainer = "published";
    /// <summary>Ingestions waiting to be processed.</summary>
    public const string IngestQueue = "ingest";
    /// <summary>Where the host moves ingest messages that failed too often.</summary>
    public const string IngestPoisonQueue = "ingest-poison";
    /// <summary>Event Grid BlobCreated events of the drop folder.</summary>
    public const string DropEventsQueue = "drop-events";
    /// <summary>Refresh requests (after ingestions, benchmark changes).</summary>
    public const string RefreshQueue = "refresh";
    /// <summary>Refresh history.</summary>
    public const string RefreshesTable = "refreshes";
    /// <summary>Datasets and their versions.</summary>
    public const string DatasetsTable = "datasets";
    /// <summary>Ingestions.</summary>
    public const string IngestionsTable = "ingestions";
    /// <summary>Benchmarks and their versions.</summary>
    public const string BenchmarksTable = "benchmarks";
    /// <summary>Codebook versions (staff's aliases), with who, when and why.</summary>
    public const string CodebooksTable = "codebooks";

    /// <summary>All containers.</summary>
    public static readonly string[] Containers = [RawContainer, UploadsContainer, CuratedContainer, RejectsContainer, PublishedContainer];
    /// <summary>All queues.</summary>
    public static readonly string[] Queues = [IngestQueue, IngestPoisonQueue, DropEventsQueue, DropEventsQueue + "-poison", RefreshQueue, RefreshQueue + "-poison"];
    /// <summary>All tables.</summary>
    public static readonly string[] Tables = [DatasetsTable, IngestionsTable, RefreshesTable, BenchmarksTable, CodebooksTable];
}
