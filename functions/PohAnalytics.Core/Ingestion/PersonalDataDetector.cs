using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Finds columns whose values are e-mail addresses, phone numbers or postcodes, whatever their header says.
/// Free-text columns (unmapped, identifiers, open categories) are checked; coded columns cannot hold such values.
/// </summary>
public sealed class PersonalDataDetector(CodebookDefinition codebook, CellParser parser)
{
    /// <summary>Columns of the mapping that the sample shows to hold personal data.</summary>
    public IReadOnlyList<SkippedColumn> Detect(ColumnMapping mapping, IReadOnlyList<SourceRow> sample)
    {
        var candidates = mapping.Unmapped.Select(u => (u.Index, u.Header))
            .Concat(mapping.Mapped.Where(m => m.Variable.Type == VariableType.Identifier || m.Variable.OpenCategories)
                .Select(m => (m.Index, m.Header)));
        var found = new List<SkippedColumn>();
        foreach (var (index, header) in candidates)
        {
            var values = sample.Select(r => index < r.Cells.Length ? r.Cells[index] : null)
                .Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (values.Count == 0) continue;
            var share = values.Count(v => parser.LooksPersonal(v!)) / (double)values.Count;
            if (share >= codebook.PersonalData.ValueShareThreshold)
                found.Add(new SkippedColumn(index, header, $"personal data (values: {share:P0} look like e-mail, phone or postcode)"));
        }
        return found;
    }
}
