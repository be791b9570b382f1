namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Every slicer combination that can be requested (each slicer unset or one subgroup) and the grouping of respondents
/// into atoms by their subgroups and one more per-respondent value.
/// </summary>
internal sealed class SelectionLayout
{
    private readonly int[] _sizes;
    private readonly int[] _rowCodes;
    private readonly int _codes;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Lays out the combinations of slicers with the given number of subgroups.</summary>
    public SelectionLayout(int[] sizes, int[][] rowValues)
    {
        _sizes = sizes;
        _codes = sizes.Aggregate(1, (product, size) => checked(product * (size + 1)));
        _rowCodes = new int[rowValues.Length == 0 ? 0 : rowValues[0].Length];
        for (var r = 0; r < _rowCodes.Length; r++)
            for (var k = 0; k < sizes.Length; k++) _rowCodes[r] = _rowCodes[r] * (sizes[k] + 1) + rowValues[k][r] + 1;
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
    /// category is empty, so it needs an atom to vary. A respondent's own value is <paramref name="ownOfKind"/> at its kind
    /// + 1 (kind −1 where <paramref name="kinds"/> is null; every value 0 without <paramref name="ownOfKind"/>). Atoms are
    /// numbered in order of first appearance.
    /// </summary>
    public (long[] Counts, int[][] Values, long[] Own) Atoms(
        int rows, int[]? kinds, int[]? ownOfKind, int maxOwn, IEnumerable<(long Own, int[] Subgroups)>? empty = null)
    {
        // Each row's subgroups are one integer (mixed radix over the slicers), so an atom is a pair of small integers:
        // looked up in a flat table when the values are small, which keeps a million rows to one array access each.
        ArgumentOutOfRangeException.ThrowIfNegative(maxOwn);
        if (kinds is not null && kinds.Length != rows) throw new ArgumentException("One kind per row is needed.", nameof(kinds));
        // Without values of their own every respondent is one kind (value 0), whatever kinds were passed.
        if (ownOfKind is null) (kinds, ownOfKind) = (null, [0]);
        for (var k = 0; k < ownOfKind.Length; k++)
            if (ownOfKind[k] < 0 || ownOfKind[k] > maxOwn)
                throw new ArgumentOutOfRangeException(nameof(ownOfKind), $"Kind {k - 1} has {ownOfKind[k]}, outside 0 … {maxOwn}.");
        var flat = ((long)maxOwn + 1) * _codes <= FlatTableLimit ? new int[(maxOwn + 1) * _codes] : null;
        if (flat is not null) Array.Fill(flat, -1);
        var index = new Dictionary<(long Own, int Code), int>();
        var counts = new long[16];
        var codes = new List<int>();
        var atomOwns = new List<long>();
        int AtomOf(long value, int code, bool add)
        {
            if (flat is not null && value >= 0 && value <= maxOwn)
            {
                ref var slot = ref flat[value * _codes + code];
                if (slot < 0 && add) slot = New(value, code);
                return slot;
            }
            if (index.TryGetValue((value, code), out var atom)) return atom;
            return add ? index[(value, code)] = New(value, code) : -1;
        }
        int New(long value, int code)
        {
            if (codes.Count == counts.Length) Array.Resize(ref counts, counts.Length * 2);
            codes.Add(code);
            atomOwns.Add(value);
            return codes.Count - 1;
        }
        for (var r = 0; r < rows; r++)
        {
            var value = ownOfKind[kinds is null ? 0 : kinds[r] + 1];
            var atom = AtomOf(value, _rowCodes.Length == 0 ? 0 : _rowCodes[r], add: true); // may grow counts
            counts[atom]++;
        }
        foreach (var (value, subgroups) in empty ?? [])
        {
            var code = Code(subgroups);
            if (AtomOf(value, code, add: false) < 0) AtomOf(value, code, add: true);
        }
        return (counts[..codes.Count], [.. codes.Select(Decode)], [.. atomOwns]);
    }

    private const long FlatTableLimit = 1 << 24;

    private int Code(int[] subgroups)
    {
        var code = 0;
        for (var k = 0; k < _sizes.Length; k++) code = code * (_sizes[k] + 1) + subgroups[k] + 1;
        return code;
    }

    private int[] Decode(int code)
    {
        var subgroups = new int[_sizes.Length];
        for (var k = _sizes.Length - 1; k >= 0; k--)
        {
            subgroups[k] = code % (_sizes[k] + 1) - 1;
            code /= _sizes[k] + 1;
        }
        return subgroups;
    }
}
