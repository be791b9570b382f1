namespace PohAnalytics.Presentation.Views;

/// <summary>The filters of a view request (URL parameters of <c>/api/views/{page}</c>); null = not set.</summary>
public sealed record ViewQuery
{
    /// <summary>Names of the filters, in URL order.</summary>
    public static readonly string[] Names = ["dataset", "wave", "respondentType", "employment", "region", "experience", "variable", "benchmark", "weighted"];

    /// <summary>Filter values by name.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>A filter's value, or null.</summary>
    public string? this[string name] => Values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    /// <summary>Builds a query from name/value pairs, keeping only known, non-empty filters.</summary>
    public static ViewQuery From(IEnumerable<KeyValuePair<string, string?>> pairs) => new()
    {
        Values = pairs.Where(p => Names.Contains(p.Key) && !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key, p => p.Value!.Trim()),
    };

    /// <summary>The unfiltered query.</summary>
    public static ViewQuery None { get; } = new();
}
