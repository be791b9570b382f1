namespace PohAnalytics.Core.Ingestion;

/// <summary>Passes reads and seeks to a stream but does not close it, so a tabular source can peek at a file the caller still owns.</summary>
internal sealed class LeaveOpenStream(Stream inner) : ReadOnlyDelegatingStream(inner);
