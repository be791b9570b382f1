namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// One linked set of served counts. Respondents are grouped into atoms (respondents alike in every served cell), and
/// each cell counts the respondents of a set of atoms, so every additive relation between cells (totals, subgroups,
/// category groups, slicer combinations) is implied by the atoms rather than listed by hand. Only atoms that occur in
/// the data are modelled; a reader who also allows atoms that do not occur has more freedom, so an interval found here
/// is never wider than the reader's: the audit errs on the safe side.
/// </summary>
internal sealed class ProtectionProblem
{
    private readonly List<int[]> _cells = [];
    private readonly List<long> _values = [];
    private readonly List<CellMark> _marks = [];
    private readonly List<bool> _neverHidden = [];
    private readonly List<bool> _fixed = [];
    private readonly List<int[]> _relations = [];
    private readonly List<List<int>> _relationsOfCell = [];
    private readonly Dictionary<string, int> _cellByAtoms = new(StringComparer.Ordinal);

    /// <summary>Creates a problem over atoms with the given respondent counts.</summary>
    public ProtectionProblem(IReadOnlyList<long> atomCounts, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);
        AtomCounts = atomCounts;
        Threshold = threshold;
        Total = atomCounts.Sum();
    }

    /// <summary>Respondents per atom.</summary>
    public IReadOnlyList<long> AtomCounts { get; }

    /// <summary>Smallest count shown.</summary>
    public int Threshold { get; }

    /// <summary>Respondents over all atoms.</summary>
    public long Total { get; }

    /// <summary>
    /// The largest count a reader may consider for any cell: the total plus the threshold, since the total itself may be
    /// hidden (a row served without its total); where the total is shown its own equation bounds everything anyway.
    /// </summary>
    public long UpperBound => Total + Threshold;

    /// <summary>Number of cells.</summary>
    public int CellCount => _cells.Count;

    /// <summary>Atoms of each cell.</summary>
    public IReadOnlyList<int[]> Cells => _cells;

    /// <summary>True count of each cell.</summary>
    public IReadOnlyList<long> Values => _values;

    /// <summary>Current mark of each cell.</summary>
    public IReadOnlyList<CellMark> Marks => _marks;

    /// <summary>Cell groups that are tied by one additive relation; complements are looked for along them.</summary>
    public IReadOnlyList<int[]> Relations => _relations;

    /// <summary>
    /// Adds a cell, or returns the cell that already counts the same atoms: two served numbers over the same respondents
    /// are one cell with one mark wherever they appear. A <paramref name="fixedMark"/> cell keeps the mark it is given
    /// (decided by another problem, e.g. the subgroup sizes); it constrains the audit but is never a complement nor
    /// audited here.
    /// </summary>
    public int AddCell(IEnumerable<int> atoms, bool neverHidden = false, CellMark? fixedMark = null)
    {
        var members = atoms.Distinct().Order().ToArray();
        var key = string.Join(',', members);
        if (_cellByAtoms.TryGetValue(key, out var existing))
        {
            _neverHidden[existing] |= neverHidden;
            if (fixedMark is { } mark && !_fixed[existing])
            {
                _marks[existing] = mark;
                _fixed[existing] = true;
            }
            return existing;
        }
        var value = members.Sum(a => AtomCounts[a]);
        _cellByAtoms[key] = _cells.Count;
        _cells.Add(members);
        _values.Add(value);
        _marks.Add(fixedMark ?? (value > 0 && value < Threshold ? CellMark.Small : CellMark.Shown));
        _neverHidden.Add(neverHidden);
        _fixed.Add(fixedMark is not null);
        _relationsOfCell.Add([]);
        return _cells.Count - 1;
    }

    /// <summary>Declares cells tied by one relation (parts and their total), used to find complements.</summary>
    public void AddRelation(IEnumerable<int> cells)
    {
        var members = cells.Distinct().ToArray();
        if (members.Length < 2) return;
        _relations.Add(members);
        foreach (var cell in members) _relationsOfCell[cell].Add(_relations.Count - 1);
    }

    /// <summary>Relations a cell belongs to.</summary>
    public IReadOnlyList<int> RelationsOf(int cell) => _relationsOfCell[cell];

    /// <summary>Cells reachable from a cell along at most <paramref name="steps"/> relations (where complements are looked for).</summary>
    public IReadOnlySet<int> Neighbourhood(int cell, int steps)
    {
        var reached = new HashSet<int> { cell };
        var frontier = new List<int> { cell };
        for (var step = 0; step < steps && frontier.Count > 0; step++)
            frontier = frontier.SelectMany(c => _relationsOfCell[c]).Distinct().SelectMany(r => _relations[r]).Where(reached.Add).ToList();
        return reached;
    }

    /// <summary>Whether a cell is hidden (small or complementary).</summary>
    public bool IsHidden(int cell) => _marks[cell] != CellMark.Shown;

    /// <summary>Whether a cell's mark was decided elsewhere.</summary>
    public bool IsFixed(int cell) => _fixed[cell];

    /// <summary>Whether a shown cell may be hidden as a complement.</summary>
    public bool CanComplement(int cell) => _marks[cell] == CellMark.Shown && !_neverHidden[cell] && !_fixed[cell];

    /// <summary>Shows a complement again (a trial that did not protect).</summary>
    public void Reveal(int cell)
    {
        if (_marks[cell] != CellMark.Complementary || _fixed[cell]) throw new InvalidOperationException($"Cell {cell} is not a complement.");
        _marks[cell] = CellMark.Shown;
    }

    /// <summary>Hides a shown cell as a complement ("x").</summary>
    public void HideAsComplement(int cell)
    {
        if (!CanComplement(cell)) throw new InvalidOperationException($"Cell {cell} cannot be hidden as a complement.");
        _marks[cell] = CellMark.Complementary;
    }
}
