using System.Runtime.CompilerServices;
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
    private readonly (VariableDefinition Variable, int Target, bool InFile)[] _singleValued;
    private readonly int _sourceRowTarget;
    private readonly MappingTally? _tally;
    private readonly MultiResponseRule _multiResponse;
    private readonly Dictionary<string, CellValue>[] _parsedCells;
    private readonly (string? Raw, CellValue Value)[][] _seenCells;
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
        _singleValued = codebook.Variables.Where(v => v.Type != VariableType.MultiResponse)
            .Select(v => (v, schema.IndexOf(v.Id), inFile.Contains(v.Id) || derivedIds.Contains(v.Id)))
            .ToArray();
        _sourceRowTarget = schema.IndexOf(CuratedSchema.SourceRowColumn);
        _multiResponse = new MultiResponseRule(codebook, _mapped);
        _settled = _mapped.Select(m => !m.Column.Variable.IsCategorical).ToArray();
        _types = _mapped.Select(m => m.Column.Variable.Type).ToArray();
        // Identifiers are unique per row: remembering them would only fill the memory with values never seen again.
        _remembered = _mapped.Select(m => m.Column.Variable.Type != VariableType.Identifier).ToArray();
        _parsedCells = _mapped.Select(_ => new Dictionary<string, CellValue>(StringComparer.Ordinal)).ToArray();
        _seenCells = _mapped.Select(_ => new (string?, CellValue)[SeenSlots]).ToArray();
    }

    /// <summary>Cells parsed per source row (one per mapped column, in mapping order).</summary>
    internal int CellsPerRow => _mapped.Length;

    /// <summary>
    /// Validates <paramref name="row"/> into slot <paramref name="slot"/> of <paramref name="batch"/>; returns the errors
    /// (empty when the row is valid).
    /// </summary>
    public List<CellError> Validate(SourceRow row, CuratedBatch batch, int slot)
    {
        var cells = new CellValue[_mapped.Length];
        ParseCells(row, cells);
        var errors = Validate(row, cells, batch, slot);
        return errors.Count == 0 ? [] : errors;
    }

    /// <summary>
    /// Parses the mapped cells of a row into <paramref name="cells"/>. It touches nothing <see cref="Validate(SourceRow,
    /// ReadOnlySpan{CellValue}, CuratedBatch, int)"/> does, so rows can be parsed on one thread ahead of their validation on
    /// another; one thread at a time may parse (it keeps the memory of parsed values).
    /// </summary>
    internal void ParseCells(SourceRow row, Span<CellValue> cells)
    {
        var parsed = _parsedCells;
        var seen = _seenCells;
        var rowCells = row.Cells;
        for (var i = 0; i < _mapped.Length; i++)
        {
            var column = _mapped[i].Column;
            var raw = column.Index < rowCells.Length ? rowCells[column.Index] : null;
            cells[i] = _remembered[i] ? Parse(parsed[i], seen[i], column, raw) : _parser.Parse(column, raw);
        }
    }

    /// <summary>
    /// Validates a row whose mapped cells were parsed by <see cref="ParseCells"/>, as
    /// <see cref="Validate(SourceRow, CuratedBatch, int)"/> does; a valid row gets a shared empty list, which callers
    /// must not change.
    /// </summary>
    internal List<CellError> Validate(SourceRow row, ReadOnlySpan<CellValue> cells, CuratedBatch batch, int slot)
    {
        List<CellError>? errors = null;
        if (RaggedReason(row, _headerWidth) is { } ragged)
            (errors ??= []).Add(new CellError(row.RowNumber, "(whole row)", null, ragged));
        batch.SetNumber(_sourceRowTarget, slot, row.RowNumber);
        for (var i = 0; i < _mapped.Length; i++)
        {
            ref readonly var value = ref cells[i];
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
        _multiResponse.Apply(cells, batch, slot);
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
    private CellValue Parse(
        Dictionary<string, CellValue> remembered, (string? Raw, CellValue Value)[] seen, MappedColumn column, string? raw)
    {
        var key = raw ?? "";
        ref var slot = ref seen[RuntimeHelpers.GetHashCode(key) & (SeenSlots - 1)];
        return ReferenceEquals(slot.Raw, key) ? slot.Value : Remember(remembered, ref slot, column, raw, key);
    }

    private CellValue Remember(
        Dictionary<string, CellValue> remembered, ref (string? Raw, CellValue Value) slot, MappedColumn column, string? raw, string key)
    {
        // A long text is never remembered, so it never fills a slot of the texts seen last either.
        if (key.Length > MaxRememberedValueChars) return _parser.Parse(column, raw);
        if (!remembered.TryGetValue(key, out var value))
        {
            value = _parser.Parse(column, raw);
            if (remembered.Count < MaxRememberedValuesPerColumn) remembered[key] = value;
        }
        slot = (key, value);
        return value;
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

    /// <summary>Adds an accepted row's empty items to the not-asked and missing tallies.</summary>
    public void CountEmpty(CuratedBatch batch, int slot, Dictionary<string, long> notAsked, Dictionary<string, long> missing)
    {
        foreach (var (variable, target, inFile) in _singleValued)
        {
            if (!batch.IsNull(target, slot)) continue;
            var tally = !inFile || variable.WhenEmpty == EmptyMeaning.NotAsked ? notAsked : missing;
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tally, variable.Id, out _)++;
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
    internal static string? RaggedReason(SourceRow row, int headerWidth)
    {
        if (row.Cells.Length < headerWidth)
            return $"ragged row: {row.Cells.Length} fields where the header has {headerWidth}";
        for (var i = headerWidth; i < row.Cells.Length; i++)
            if (!string.IsNullOrWhiteSpace(row.Cells[i]))
                return $"ragged row: {row.Cells.Length} fields where the header has {headerWidth}";
        return null;
    }
}
