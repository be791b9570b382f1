using System.Text.Json;
using System.Text.Json.Serialization;

namespace PohAnalytics.Core.Publishing;

/// <summary>The JSON settings of everything served to clients: API answers, published documents and views.</summary>
public static class ServedJson
{
    /// <summary>Web defaults (camelCase), kebab-case enums, nulls left out.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
