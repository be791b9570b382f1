using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Codebook.Mapping;

namespace PohAnalytics.Core.Ingestion;

/// <summary>Validates one source row against the codebook and writes its typed values into a batch slot.</summary>
public sealed class RowValidator
{
    private readonly CellParser _parser;
    private readonly CuratedSchema _schema;
    private readonly int _headerWidth;
    private readonly IReadOnlyList<(MappedColumn Column, int Target)> _mapped;
    private readonly IReadOnlyList<(VariableDefinition Variable, int Target, int[] Parts)> _derived;
    private readonly IReadOnlyList<(VariableDefinition Variable, int Target, bool InFile)> _singleValued;
    private readonly int _sourceRowTarget;
    private readonly MappingTally? _tally;
    private readonly MultiResponseRule _multiResponse;

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
        _mapped = mapping.Mapped.Select(m => (m, schema.IndexOf(m.CanonicalName))).ToList();
        var inFile = mapping.Mapped.Select(m => m.Variable.Id).ToHashSet();
        _derived = codebook.Variables
            .Where(v => v.DerivedSum.Count > 0 && !inFile.Contains(v.Id) && v.DerivedSum.All(inFile.Contains))
            .Select(v => (v, schema.IndexOf(v.Id), v.DerivedSum.Select(schema.IndexOf).ToArray()))
            .ToList();
        var derivedIds = _derived.Select(d => d.Variable.Id).ToHashSet();
        _singleValued = codebook.Variables.Where(v => v.Type != VariableType.MultiResponse)
            .Select(v => (v, schema.IndexOf(v.Id), inFile.Contains(v.Id) || derivedIds.Contains(v.Id)))
            .ToList();
        _sourceRowTarget = schema.IndexOf(CuratedSchema.SourceRowColumn);
        _multiResponse = new MultiResponseRule(codebook, parser, schema, mapping);
    }

    /// <summary>
    /// Validates <paramref name="row"/> into slot <paramref name="slot"/> of <paramref name="batch"/>; returns the errors
    /// (empty when the row is valid).
    /// </summary>
    public List<CellError> Validate(SourceRow row, CuratedBatch batch, int slot)
    {
        var errors = new List<CellError>();
        if (RaggedReason(row, _headerWidth) is { } ragged)
            errors.Add(new CellError(row.RowNumber, "(whole row)", null, ragged));
        batch.Set(_sourceRowTarget, slot, row.RowNumber);
        foreach (var (column, target) in _mapped)
        {
            var raw = column.Index < row.Cells.Length ? row.Cells[column.Index] : null;
            var value = _parser.Parse(column, raw);
            if (value.Error is not null)
            {
                // Whatever made the cell invalid, a personal value is not repeated in the report or the rejects.
                errors.Add(CellError.Of(row.RowNumber, column.Header, raw, value.Error, value.PersonalData ?? _parser.FindPersonal(raw)));
                continue;
            }
            if (!value.IsEmpty && column.Variable.IsCategorical) _tally?.Valid(column);
            if (value.LooseMatch) _tally?.AutoMapped(column, raw ?? "", value.Text ?? "");
            batch.Set(target, slot, column.Variable.Type switch
            {
                VariableType.MultiResponse => value.Flag,
                VariableType.Number or VariableType.Likert => value.Number,
                _ => (object?)value.Text,
            });
        }
        _multiResponse.Apply(row, batch, slot);
        foreach (var (variable, target, parts) in _derived)
        {
            var values = parts.Select(p => batch.Get(p, slot) as double?).ToArray();
            if (values.Any(v => v is null)) continue;
            var sum = values.Sum(v => v!.Value);
            if (CellParser.CheckRange(variable, sum) is { } error)
                errors.Add(new CellError(row.RowNumber, $"{variable.Id} (sum of {string.Join(" + ", variable.DerivedSum)})",
                    sum.ToString(System.Globalization.CultureInfo.InvariantCulture), error));
            else
                batch.Set(target, slot, sum);
        }
        _tally?.Errors(errors);
        return errors;
    }

    /// <summary>Adds an accepted row's empty items to the not-asked and missing tallies.</summary>
    public void CountEmpty(CuratedBatch batch, int slot, Dictionary<string, long> notAsked, Dictionary<string, long> missing)
    {
        foreach (var (variable, target, inFile) in _singleValued)
        {
            if (batch.Get(target, slot) is not null) continue;
            var tally = !inFile || variable.WhenEmpty == EmptyMeaning.NotAsked ? notAsked : missing;
            tally[variable.Id] = tally.GetValueOrDefault(variable.Id) + 1;
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
