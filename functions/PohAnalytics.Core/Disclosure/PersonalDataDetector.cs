using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Finds columns whose values are mostly personal data (e-mail addresses, phone numbers, BSNs, postcodes, addresses,
/// names), whatever their header says. Free-text columns (unmapped, identifiers, open categories) are checked; coded
/// columns cannot hold such values. Single personal cells in kept columns are refused cell by cell at ingestion.
/// </summary>
public sealed class PersonalDataDetector
{
    private readonly Func<string, PersonalDataFinding?> _find;
    private readonly double _threshold;

    /// <summary>Detects with a codebook's rules.</summary>
    public PersonalDataDetector(CodebookDefinition codebook, CellParser parser)
    {
        _find = parser.FindPersonal;
        _threshold = codebook.PersonalData.ValueShareThreshold;
    }

    /// <summary>Detects with compiled personal-data rules (used where there is no codebook mapping, e.g. coded answers).</summary>
    public PersonalDataDetector(PersonalDataPatterns patterns)
    {
        _find = patterns.Find;
        _threshold = patterns.ValueShareThreshold;
    }

    /// <summary>Columns of the mapping that the sample shows to hold personal data.</summary>
    public IReadOnlyList<SkippedColumn> Detect(ColumnMapping mapping, IReadOnlyList<SourceRow> sample) =>
        Detect(mapping.Unmapped.Select(u => (u.Index, u.Header))
            .Concat(mapping.Mapped.Where(m => m.Variable.Type == VariableType.Identifier || m.Variable.OpenCategories)
                .Select(m => (m.Index, m.Header))), sample);

    /// <summary>Those of the candidate free-text columns that the sample shows to hold personal data.</summary>
    public IReadOnlyList<SkippedColumn> Detect(IEnumerable<(int Index, string Header)> candidates, IReadOnlyList<SourceRow> sample)
    {
        var found = new List<SkippedColumn>();
        foreach (var (index, header) in candidates)
        {
            var values = sample.Select(r => index < r.Cells.Length ? r.Cells[index] : null)
                .Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (values.Count == 0) continue;
            var kinds = values.Select(v => _find(v!)).OfType<PersonalDataFinding>().ToList();
            var share = kinds.Count / (double)values.Count;
            if (share < _threshold) continue;
            var named = kinds.GroupBy(k => k.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.First().Description);
            found.Add(new SkippedColumn(index, header, $"personal data (values: {share:P0} look like {string.Join(", ", named)})"));
        }
        return found;
    }
}
