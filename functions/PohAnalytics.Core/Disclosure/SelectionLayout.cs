namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Every slicer combination that can be requested (each slicer unset or one subgroup) and the grouping of respondents
/// into atoms by their subgroups and one more per-respondent value.
/// </summary>
internal sealed class SelectionLayout
{
    private readonly int[] _sizes;
    private readonly int[][] _rowValues;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Lays out the combinations of slicers with the given number of subgroups.</summary>
    public SelectionLayout(int[] sizes, int[][] rowValues)
    {
        _sizes = sizes;
        _rowValues = rowValues;
        var combos = new List<int[]> { new int[sizes.Length] };
        Array.Fill(combos[0], -1);
        for (var k = 0; k < sizes.Length; k++)
            combos = combos.SelectMany(c => Enumerable.Range(-1, sizes[k] + 1).Select(v => { var next = (int[])c.Clone(); next[k] = v; return next; })).ToList();
        Combos = combos;
        for (var i = 0; i < combos.Count; i++) _index[string.Join(',', combos[i])] = i;
    }

    /// <summary>Number of subgroups of a slicer.</summary>
    public int SubgroupCount(int slicer) => _sizes[slicer];

    /// <summary>Number of slicers.</summary>
    public int Slicers => _sizes.Length;

    /// <summary>Each combination: the subgroup index per slicer, −1 where unset.</summary>
    public IReadOnlyList<int[]> Combos { get; }

    /// <summary>The combinations that set slicer <paramref name="slicer"/> (unset in <paramref name="combo"/>) to each subgroup.</summary>
    public IEnumerable<int> Children(int combo, int slicer) => Enumerable.Range(0, _sizes[slicer]).Select(v =>
    {
        var child = (int[])Combos[combo].Clone();
        child[slicer] = v;
        return _index[string.Join(',', child)];
    });

    /// <summary>
    /// Groups respondents into atoms by their subgroups and a value of their own (category, answered, norm), plus empty atoms
    /// for kinds of respondent that do not occur (<paramref name="empty"/>): a reader does not know an "x" over an empty
    /// category is empty, so it needs an atom to vary.
    /// </summary>
    public (long[] Counts, int[][] Values, long[] Own) Atoms(int rows, Func<int, long> own, IEnumerable<(long Own, int[] Subgroups)>? empty = null)
    {
        var index = new Dictionary<(long, string), int>();
        var counts = new List<long>();
        var values = new List<int[]>();
        var owns = new List<long>();
        for (var r = 0; r < rows; r++)
        {
            var subgroups = _rowValues.Select(v => v[r]).ToArray();
            var key = (own(r), string.Join(',', subgroups));
            if (!index.TryGetValue(key, out var atom))
            {
                atom = counts.Count;
                index[key] = atom;
                counts.Add(0);
                values.Add(subgroups);
                owns.Add(key.Item1);
            }
            counts[atom]++;
        }
        foreach (var (value, subgroups) in empty ?? [])
        {
            if (!index.TryAdd((value, string.Join(',', subgroups)), counts.Count)) continue;
            counts.Add(0);
            values.Add(subgroups);
            owns.Add(value);
        }
        return ([.. counts], [.. values], [.. owns]);
    }
}
