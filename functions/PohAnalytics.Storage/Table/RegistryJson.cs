using System.Text.Json;
using System.Text.Json.Serialization;

namespace PohAnalytics.Storage.Table;

/// <summary>JSON settings for values stored inside table entities (reports, metadata).</summary>
public static class RegistryJson
{
    /// <summary>camelCase, kebab-case enums, no indentation.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Table properties hold at most 32K UTF-16 characters, so long JSON is spread over numbered properties.</summary>
    public const int ChunkLength = 30_000;

    /// <summary>Writes JSON into <c>name_0</c>, <c>name_1</c>… of an entity.</summary>
    public static void WriteChunked(IDictionary<string, object> entity, string name, string? json)
    {
        if (json is null) return;
        for (int i = 0, part = 0; i < json.Length; i += ChunkLength, part++)
            entity[$"{name}_{part}"] = json.Substring(i, Math.Min(ChunkLength, json.Length - i));
    }

    /// <summary>Reassembles JSON written by <see cref="WriteChunked"/>, or null.</summary>
    public static string? ReadChunked(IDictionary<string, object> entity, string name)
    {
        var builder = new System.Text.StringBuilder();
        for (var part = 0; entity.TryGetValue($"{name}_{part}", out var chunk); part++)
            builder.Append((string)chunk);
        return builder.Length == 0 ? null : builder.ToString();
    }
}
