using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Storage.Parquet;

/// <summary>
/// The columns of a curated file by name: those read as arrays, and the coded text columns, each expanded to a string per
/// row only when first asked for. The statistics work from the codings, so a refresh rarely needs the strings.
/// </summary>
internal sealed class ExpandingColumns(
    IReadOnlyList<string> names, IReadOnlyDictionary<string, Array> read, IReadOnlyDictionary<string, CodedColumn> coded)
    : IReadOnlyDictionary<string, Array>
{
    private readonly ConcurrentDictionary<string, Lazy<string?[]>> _expanded = new(StringComparer.Ordinal);

    public Array this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => names;

    public IEnumerable<Array> Values => names.Select(name => this[name]);

    public int Count => names.Count;

    public bool ContainsKey(string key) => read.ContainsKey(key) || coded.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Array value)
    {
        if (read.TryGetValue(key, out value)) return true;
        if (!coded.TryGetValue(key, out var column)) return false;
        value = _expanded.GetOrAdd(key, _ => new Lazy<string?[]>(column.Expand)).Value;
        return true;
    }

    public IEnumerator<KeyValuePair<string, Array>> GetEnumerator() =>
        names.Select(name => new KeyValuePair<string, Array>(name, this[name])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
