using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>
/// Collects, during one ingestion, the cell errors grouped per column, reason and value, the values mapped after
/// normalisation, and per variable whether any value was valid, so the report says what staff can do. Bounded.
/// </summary>
internal sealed class MappingTally(CodebookDefinition codebook, ColumnMapping mapping, MappingSuggester suggester)
{
    /// <summary>Distinct groups kept (further errors are counted in the report's error count only).</summary>
    public const int MaxGroups = 200;
    /// <summary>Row numbers kept per group.</summary>
    public const int MaxRowsPerGroup = 5;

    private readonly Dictionary<string, MappedColumn> _columns = mapping.Mapped
        .GroupBy(m => m.Header, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly Dictionary<(string Column, string Reason, string? Value), (long Rows, List<int> First)> _groups = [];
    private readonly Dictionary<(string Column, string Value), (string Variable, string Category, long Rows)> _auto = [];
    private readonly Dictionary<string, long> _valid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _unknown = new(StringComparer.Ordinal);

    /// <summary>Counts a valid non-empty value of a variable.</summary>
    public void Valid(MappedColumn column) => _valid[column.Variable.Id] = _valid.GetValueOrDefault(column.Variable.Id) + 1;

    /// <summary>Counts a value mapped after normalisation.</summary>
    public void AutoMapped(MappedColumn column, string value, string category)
    {
        var key = (column.Header, value.Trim());
        var (_, _, rows) = _auto.GetValueOrDefault(key, (column.Variable.Id, category, 0L));
        if (rows > 0 || _auto.Count < MaxGroups) _auto[key] = (column.Variable.Id, category, rows + 1);
    }

    /// <summary>Adds a row's cell errors to their groups.</summary>
    public void Errors(IReadOnlyList<CellError> errors)
    {
        foreach (var error in errors)
        {
            var unknown = error.Reason == ErrorGroup.UnknownCategory;
            if (unknown && _columns.TryGetValue(error.Column, out var column))
                _unknown[column.Variable.Id] = _unknown.GetValueOrDefault(column.Variable.Id) + 1;
            // The value tells staff something for unknown categories and masked personal data; for other reasons it is noise.
            var value = unknown || error.PersonalData is not null ? error.Value?.Trim() : null;
            var key = (error.Column, error.Reason, value);
            if (!_groups.TryGetValue(key, out var group))
            {
                if (_groups.Count >= MaxGroups) continue;
                group = (0, []);
            }
            if (group.First.Count < MaxRowsPerGroup) group.First.Add(error.RowNumber);
            _groups[key] = (group.Rows + 1, group.First);
        }
    }

    /// <summary>The error groups, most rows first, with suggestions for unknown categories.</summary>
    public IReadOnlyList<ErrorGroup> Groups() => _groups
        .Select(g =>
        {
            var variable = _columns.TryGetValue(g.Key.Column, out var column) ? column.Variable : null;
            var suggestions = variable is not null && g.Key.Reason == ErrorGroup.UnknownCategory
                ? suggester.SuggestCategories(variable, g.Key.Value)
                : [];
            return new ErrorGroup(g.Key.Column, variable?.Id, g.Key.Reason, g.Key.Value, g.Value.Rows, g.Value.First, suggestions);
        })
        .OrderByDescending(g => g.Rows).ThenBy(g => g.FirstRows.FirstOrDefault())
        .ToList();

    /// <summary>The values mapped after normalisation, most rows first.</summary>
    public IReadOnlyList<AutoMappedValue> Auto() => _auto
        .Select(a => new AutoMappedValue(a.Key.Column, a.Value.Variable, a.Key.Value, a.Value.Category, a.Value.Rows))
        .OrderByDescending(a => a.Rows).ThenBy(a => a.Column, StringComparer.Ordinal)
        .ToList();

    /// <summary>Variables of the file with unknown values and not one valid value: lost whole.</summary>
    public IReadOnlyList<string> LostVariables() => codebook.Variables
        .Where(v => _unknown.ContainsKey(v.Id) && !_valid.ContainsKey(v.Id))
        .Select(v => v.Id)
        .ToList();

    /// <summary>Suggestions for the headers the codebook does not know.</summary>
    public IReadOnlyList<HeaderSuggestion> Headers() => mapping.Unmapped
        .Where(u => u.Reason == ColumnMapper.NotInCodebook)
        .Select(u => new HeaderSuggestion(u.Header, suggester.SuggestVariables(u.Header)))
        .ToList();
}
