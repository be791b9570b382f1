using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Finds columns whose values are e-mail addresses, phone numbers or postcodes, whatever their header says.
/// Free-text columns (unmapped, identifiers, open categories) are checked; coded columns cannot hold such values.
/// </summary>
public sealed class PersonalDataDetector
{
    private readonly Func<string, bool> _looksPersonal;
    private readonly double _threshold;

    /// <summary>Detects with a codebook's rules.</summary>
    public PersonalDataDetector(CodebookDefinition codebook, CellParser parser)
    {
        _looksPersonal = parser.LooksPersonal;
        _threshold = codebook.PersonalData.ValueShareThreshold;
    }

    /// <summary>Detects with compiled personal-data rules (used where there is no codebook mapping, e.g. coded answers).</summary>
    public PersonalDataDetector(PersonalDataPatterns patterns)
    {
        _looksPersonal = patterns.LooksPersonal;
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
            var share = values.Count(v => _looksPersonal(v!)) / (double)values.Count;
            if (share >= _threshold)
                found.Add(new SkippedColumn(index, header, $"personal data (values: {share:P0} look like e-mail, phone or postcode)"));
        }
        return found;
    }
}
