namespace PohAnalytics.Core.Ingestion;

/// <summary>A readable export: one or more tables of text cells, streamed.</summary>
public interface ITabularSource : IDisposable
{
    /// <summary>The tables in file order. Each table's rows may be enumerated once, before moving to the next table.</summary>
    IEnumerable<SourceSheet> Sheets();
}
