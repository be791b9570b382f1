namespace PohAnalytics.Core.Publishing;

/// <summary>One refresh run, kept as history.</summary>
public sealed record RefreshRecord
{
    /// <summary>Refresh id (sortable: newest first by id).</summary>
    public required string Id { get; init; }
    /// <summary>What started it: timer, ingestion or manual.</summary>
    public required string Trigger { get; init; }
    /// <summary>published, up-to-date, skipped (another refresh held the lock) or failed.</summary>
    public required string Outcome { get; init; }
    /// <summary>Start time.</summary>
    public DateTimeOffset StartedAt { get; init; }
    /// <summary>End time.</summary>
    public DateTimeOffset CompletedAt { get; init; }
    /// <summary>Published version after the run.</summary>
    public int? Version { get; init; }
    /// <summary>Units rebuilt because their inputs changed.</summary>
    public IReadOnlyList<string> Rebuilt { get; init; } = [];
    /// <summary>Units whose published documents were reused.</summary>
    public int Reused { get; init; }
    /// <summary>Error message of a failed run.</summary>
    public string? Error { get; init; }
}
