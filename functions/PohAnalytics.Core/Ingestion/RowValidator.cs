using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Codebook.Mapping;

namespace PohAnalytics.Core.Ingestion;

/// <summary>Validates one source row against the codebook and writes its typed values into a batch slot.</summary>
public sealed class RowValidator
{
    private readonly CellParser _parser;
    private readonly CuratedSchema _schema;
    private readonly int _headerWidth;
    private readonly (MappedColumn Column, int Target)[] _mapped;
    private readonly (VariableDefinition Variable, int Target, int[] Parts)[] _derived;
    // Per single-valued variable, the mapped cell it is read from, or NotInFile, or Derived (a sum of other variables).
    private readonly (VariableDefinition Variable, int Target, int Cell)[] _singleValued;
    private const int NotInFile = -1;
    private const int Derived = -2;
    private readonly int _sourceRowTarget;
    private readonly MappingTally? _tally;
    private readonly MultiResponseRule _multiResponse;
    // Each distinct short text of a column is parsed once; a parsed row holds the index of its value per cell (an int to
    // copy, not a 48-byte value with two references), negative for a value parsed for that row alone.
    private readonly Dictionary<string, int>[] _parsedCells;
    private readonly CellValue[][] _values;
    private readonly (string? Raw, int Index)[][] _seenCells;
    private readonly bool[] _emptyCells;
    // A column is settled once the tally knows it had a valid value (at once for a column that is no category): from
    // then on a valid cell that is no loose match only needs storing, and that is nearly every cell of a large file.
    private readonly bool[] _settled;
    private readonly VariableType[] _types;
    private readonly bool[] _remembered;
    private static readonly List<CellError> NoErrors = [];
    private const int MaxRememberedValuesPerColumn = 4096;
    private const int MaxRememberedValueChars = 128;
    private const int SeenSlots = 256;

    /// <summary>Prepares validation for one header mapping.</summary>
    public RowValidator(CodebookDefinition codebook, CellParser parser, CuratedSchema schema, ColumnMapping mapping, int headerWidth)
        : this(codebook, parser, schema, mapping, headerWidth, null)
    {
    }

    /// <summary>Prepares validation that also tallies errors and automatically mapped values for the report.</summary>
    internal RowValidator(
        CodebookDefinition codebook, CellParser parser, CuratedSchema schema, ColumnMapping mapping, int headerWidth, MappingTally? tally)
    {
        _tally = tally;
        _parser = parser;
        _schema = schema;
        _headerWidth = headerWidth;
        _mapped = mapping.Mapped.Select(m => (m, schema.IndexOf(m.CanonicalName))).ToArray();
        var inFile = mapping.Mapped.Select(m => m.Variable.Id).ToHashSet();
        _derived = codebook.Variables
            .Where(v => v.DerivedSum.Count > 0 && !inFile.Contains(v.Id) && v.DerivedSum.All(inFile.Contains))
            .Select(v => (v, schema.IndexOf(v.Id), v.DerivedSum.Select(schema.IndexOf).ToArray()))
            .ToArray();
        var derivedIds = _derived.Select(d => d.Variable.Id).ToHashSet();
        var cellOf = Enumerable.Range(0, _mapped.Length).Where(i => _mapped[i].Column.Option is null)
            .ToDictionary(i => _mapped[i].Column.Variable.Id);
        _singleValued = codebook.Variables.Where(v => v.Type != VariableType.MultiResponse)
            .Select(v => (v, schema.IndexOf(v.Id), cellOf.TryGetValue(v.Id, out var cell) ? cell
                : derivedIds.Contains(v.Id) ? Derived : NotInFile))
            .ToArray();
        _sourceRowTarget = schema.IndexOf(CuratedSchema.SourceRowColumn);
        _multiResponse = new MultiResponseRule(codebook, _mapped);
        _settled = _mapped.Select(m => !m.Column.Variable.IsCategorical).ToArray();
        _types = _mapped.Select(m => m.Column.Variable.Type).ToArray();
        // Identifiers are unique per row: remembering them would only fill the memory with values never seen again.
        _remembered = _mapped.Select(m => m.Column.Variable.Type != VariableType.Identifier).ToArray();
        _parsedCells = _mapped.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _values = _mapped.Select(_ => new CellValue[16]).ToArray();
        _seenCells = _mapped.Select(_ => new (string?, int)[SeenSlots]).ToArray();
        _emptyCells = new bool[_mapped.Length];
    }

    /// <summary>Cells parsed per source row (one per mapped column, in mapping order).</summary>
    internal int CellsPerRow => _mapped.Length;

    /// <summary>
    /// Validates <paramref name="row"/> into slot <paramref name="slot"/> of <paramref name="batch"/>; returns the errors
    /// (empty when the row is valid).
    /// </summary>
    public List<CellError> Validate(SourceRow row, CuratedBatch batch, int slot)
    {
        var cells = new int[_mapped.Length];
        var unremembered = new List<CellValue>();
        ParseCells(row, cells, unremembered);
        var errors = Validate(row, cells, CollectionsMarshal.AsSpan(unremembered), batch, slot);
        return errors.Count == 0 ? [] : errors;
    }

    /// <summary>
    /// Parses the mapped cells of a row into <paramref name="cells"/> (the index of each cell's value), adding the values
    /// parsed for this row alone to <paramref name="unremembered"/>. It touches nothing <see cref="Validate(SourceRow,
    /// ReadOnlySpan{int}, ReadOnlySpan{CellValue}, CuratedBatch, int)"/> reads of a row handed over before, so rows can be
    /// parsed on one thread ahead of their validation on another; one thread at a time may parse (it keeps the memory of
    /// parsed values).
    /// </summary>
    // The per-cell and per-row methods of ingestion are compiled optimised on first call: left to tiering they run as
    // quick code for the first second of an upload (docs/performance.md, "Seventh pass").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ParseCells(SourceRow row, Span<int> cells, List<CellValue> unremembered)
    {
        var seen = _seenCells;
        var rowCells = row.Cells;
        for (var i = 0; i < _mapped.Length; i++)
        {
            var column = _mapped[i].Column;
            var raw = column.Index < rowCells.Length ? rowCells[column.Index] : null;
            cells[i] = _remembered[i]
                ? Parse(i, seen[i], column, raw, unremembered)
                : Unremembered(unremembered, _parser.Parse(column, raw));
        }
    }

    /// <summary>
    /// Validates a row whose mapped cells were parsed by <see cref="ParseCells"/>, as
    /// <see cref="Validate(SourceRow, CuratedBatch, int)"/> does; a valid row gets a shared empty list, which callers
    /// must not change.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal List<CellError> Validate(
        SourceRow row, ReadOnlySpan<int> cells, ReadOnlySpan<CellValue> unremembered, CuratedBatch batch, int slot)
    {
        List<CellError>? errors = null;
        if (RaggedReason(row, _headerWidth) is { } ragged)
            (errors ??= []).Add(new CellError(row.RowNumber, "(whole row)", null, ragged));
        batch.SetNumber(_sourceRowTarget, slot, row.RowNumber);
        for (var i = 0; i < _mapped.Length; i++)
        {
            var index = cells[i];
            ref readonly var value = ref index >= 0 ? ref _values[i][index] : ref unremembered[~index];
            _emptyCells[i] = value.IsEmpty;
            var target = _mapped[i].Target;
            if (_settled[i] && value.Error is null && !value.LooseMatch)
            {
                Store(batch, target, slot, _types[i], value);
                continue;
            }
            var column = _mapped[i].Column;
            var raw = column.Index < row.Cells.Length ? row.Cells[column.Index] : null;
            if (value.Error is not null)
            {
                // Whatever made the cell invalid, a personal value is not repeated in the report or the rejects.
                (errors ??= []).Add(
                    CellError.Of(row.RowNumber, column.Header, raw, value.Error, value.PersonalData ?? _parser.FindPersonal(raw)));
                continue;
            }
            // The tally only needs to know that a variable had a valid value at all.
            if (!value.IsEmpty && !_settled[i])
            {
                _tally?.Valid(column);
                _settled[i] = true;
            }
            if (value.LooseMatch) _tally?.AutoMapped(column, raw ?? "", value.Text ?? "");
            Store(batch, target, slot, _types[i], value);
        }
        _multiResponse.Apply(_emptyCells, batch, slot);
        foreach (var (variable, target, parts) in _derived)
        {
            if (SumOf(batch, slot, parts) is not { } sum) continue;
            if (CellParser.CheckRange(variable, sum) is { } error)
                (errors ??= []).Add(new CellError(row.RowNumber, $"{variable.Id} (sum of {string.Join(" + ", variable.DerivedSum)})",
                    sum.ToString(System.Globalization.CultureInfo.InvariantCulture), error));
            else
                batch.SetNumber(target, slot, sum);
        }
        if (errors is null) return NoErrors;
        _tally?.Errors(errors);
        return errors;
    }

    // Exports repeat the same few texts in a column row after row; each distinct short text is parsed once per file.
    // The CSV reader hands out one string per distinct short text of a column, so most cells are found by reference
    // among the texts seen last, without hashing their characters; that case is inlined into the parse loop.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Parse(int cell, (string? Raw, int Index)[] seen, MappedColumn column, string? raw, List<CellValue> unremembered)
    {
        var key = raw ?? "";
        ref var slot = ref seen[RuntimeHelpers.GetHashCode(key) & (SeenSlots - 1)];
        return ReferenceEquals(slot.Raw, key) ? slot.Index : Remember(cell, ref slot, column, raw, key, unremembered);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Remember(
        int cell, ref (string? Raw, int Index) slot, MappedColumn column, string? raw, string key, List<CellValue> unremembered)
    {
        // A long text is never remembered, so it never fills a slot of the texts seen last either.
        if (key.Length > MaxRememberedValueChars) return Unremembered(unremembered, _parser.Parse(column, raw));
        var remembered = _parsedCells[cell];
        if (!remembered.TryGetValue(key, out var index))
        {
            var value = _parser.Parse(column, raw);
            if (remembered.Count >= MaxRememberedValuesPerColumn) return Unremembered(unremembered, value);
            // A column's values are numbered in the order the memo learns their texts.
            index = remembered.Count;
            Add(cell, index, value);
            remembered[key] = index;
        }
        slot = (key, index);
        return index;
    }

    // Validation reads a column's values while the next rows are parsed: values are only appended, a full array is copied
    // to a larger one, and a row's indexes reach validation only with its block, after the values they point to.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(int cell, int index, in CellValue value)
    {
        var values = _values[cell];
        if (index == values.Length)
        {
            Array.Resize(ref values, 2 * values.Length);
            _values[cell] = values;
        }
        values[index] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Unremembered(List<CellValue> unremembered, in CellValue value)
    {
        unremembered.Add(value);
        return ~(unremembered.Count - 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(CuratedBatch batch, int target, int slot, VariableType type, in CellValue value)
    {
        switch (type)
        {
            case VariableType.MultiResponse: batch.SetFlag(target, slot, value.Flag); break;
            case VariableType.Number or VariableType.Likert: batch.SetNumber(target, slot, value.Number); break;
            default: batch.SetText(target, slot, value.Text); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double? SumOf(CuratedBatch batch, int slot, int[] parts)
    {
        var sum = 0.0;
        foreach (var part in parts)
        {
            if (batch.GetNumber(part, slot) is not { } value) return null;
            sum += value;
        }
        return sum;
    }

    /// <summary>
    /// Adds the empty items of the row validated last, which was accepted, to the not-asked and missing tallies;
    /// <paramref name="batch"/> and <paramref name="slot"/> are where it was validated to.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CountEmpty(CuratedBatch batch, int slot, Dictionary<string, long> notAsked, Dictionary<string, long> missing)
    {
        foreach (var (variable, target, cell) in _singleValued)
        {
            // A valid cell that is not empty always stores a value, so its parse tells what the batch holds.
            var empty = cell >= 0 ? _emptyCells[cell] : cell == NotInFile || batch.IsNull(target, slot);
            if (!empty) continue;
            var tally = cell == NotInFile || variable.WhenEmpty == EmptyMeaning.NotAsked ? notAsked : missing;
            CollectionsMarshal.GetValueRefOrAddDefault(tally, variable.Id, out _)++;
        }
        _multiResponse.CountEmpty(batch, slot, notAsked, missing);
    }

    /// <summary>
    /// The mapped raw cells of a row, for the rejects output (never unmapped or personal columns; cells that look
    /// personal are masked by <see cref="CuratedOutput.RejectAsync"/>).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string?>> MappedCells(SourceRow row) =>
        _mapped.Select(m => new KeyValuePair<string, string?>(m.Column.Header,
            m.Column.Index < row.Cells.Length ? row.Cells[m.Column.Index] : null)).ToList();

    /// <summary>Why a row does not fit the header (too few fields, or text beyond the last header), or null when it fits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static string? RaggedReason(SourceRow row, int headerWidth) =>
        row.Cells.Length == headerWidth ? null : RaggedReasonOfOtherWidth(row, headerWidth);

    private static string? RaggedReasonOfOtherWidth(SourceRow row, int headerWidth)
    {
        if (row.Cells.Length < headerWidth)
            return $"ragged row: {row.Cells.Length} fields where the header has {headerWidth}";
        for (var i = headerWidth; i < row.Cells.Length; i++)
            if (!string.IsNullOrWhiteSpace(row.Cells[i]))
                return $"ragged row: {row.Cells.Length} fields where the header has {headerWidth}";
        return null;
    }
}
