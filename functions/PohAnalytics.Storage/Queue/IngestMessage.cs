using System.Text.Json;
using System.Text.Json.Serialization;

namespace PohAnalytics.Storage.Queue;

/// <summary>The body of an ingest queue message.</summary>
/// <param name="IngestionId">The ingestion to process.</param>
public sealed record IngestMessage([property: JsonPropertyName("ingestionId")] string IngestionId)
{
    /// <summary>Parses a message body; a bare id is accepted too.</summary>
    public static IngestMessage Parse(string body)
    {
        var trimmed = body.Trim();
        if (!trimmed.StartsWith('{')) return new IngestMessage(trimmed);
        return JsonSerializer.Deserialize<IngestMessage>(trimmed) is { IngestionId.Length: > 0 } message
            ? message
            : throw new FormatException("Ingest message without ingestionId.");
    }
}
