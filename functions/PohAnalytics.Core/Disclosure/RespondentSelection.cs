namespace PohAnalytics.Core.Disclosure;

/// <summary>A subgroup of respondents: one value for each slicer that is set (none: everyone).</summary>
public sealed record RespondentSelection
{
    /// <summary>Creates a selection; filters are kept in slicer order so equal selections have equal keys.</summary>
    public RespondentSelection(IEnumerable<KeyValuePair<string, string>> filters, IReadOnlyList<RespondentSlicer> slicers)
    {
        var byId = filters.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        Filters = slicers.Where(s => byId.ContainsKey(s.Id)).Select(s => new KeyValuePair<string, string>(s.Id, byId[s.Id])).ToList();
        Key = string.Join('&', Filters.Select(f => $"{f.Key}={f.Value}"));
    }

    /// <summary>Everyone.</summary>
    public static RespondentSelection Everyone { get; } = new([], []);

    /// <summary>Slicer id and value, in slicer order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Filters { get; }

    /// <summary>A canonical text key ("employment=practice_employed&amp;region=Utrecht"; empty for everyone).</summary>
    public string Key { get; }

    /// <summary>The value of a slicer, or null when it is not set.</summary>
    public string? this[string slicer] => Filters.FirstOrDefault(f => f.Key == slicer).Value;

    /// <summary>Equality by key.</summary>
    public bool Equals(RespondentSelection? other) => other is not null && other.Key == Key;

    /// <inheritdoc />
    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}
