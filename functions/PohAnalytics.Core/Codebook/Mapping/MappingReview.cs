using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>
/// The unknown values and headers of an ingestion as the current codebook sees them: each still unknown one with its
/// suggestions, or the category or variable staff have since mapped it to.
/// </summary>
/// <param name="IngestionId">The ingestion.</param>
/// <param name="CodebookRevision">Revision the ingestion used.</param>
/// <param name="CurrentRevision">Current revision, whose aliases are taken into account.</param>
/// <param name="Values">Unknown values.</param>
/// <param name="Headers">Unmapped headers.</param>
/// <param name="AutoMapped">Values mapped automatically after normalisation.</param>
public sealed record MappingReview(
    string IngestionId, int? CodebookRevision, int CurrentRevision, IReadOnlyList<UnknownValueReview> Values,
    IReadOnlyList<HeaderReview> Headers, IReadOnlyList<AutoMappedValue> AutoMapped)
{
    /// <summary>Reviews a report against the current codebook.</summary>
    public static MappingReview Of(string ingestionId, int? revision, IngestionReport? report, CodebookDefinition current)
    {
        if (report is null) return new MappingReview(ingestionId, revision, current.Revision, [], [], []);
        var suggester = new MappingSuggester(current);
        var parser = new CellParser(current);
        var mapper = new ColumnMapper(current);
        var values = report.ErrorGroups
            .Where(g => g.Reason == ErrorGroup.UnknownCategory && g.Variable is not null && current.Variables.Any(v => v.Id == g.Variable))
            .Select(g =>
            {
                var variable = current[g.Variable!];
                var parsed = parser.Parse(new MappedColumn(0, g.Column, variable), g.Value);
                var mapped = parsed.Error is null && !parsed.IsEmpty ? parsed.Text : null;
                return new UnknownValueReview(g.Column, variable.Id, g.Value, g.Rows, g.FirstRows, mapped,
                    mapped is null ? suggester.SuggestCategories(variable, g.Value) : []);
            })
            .ToList();
        var headers = report.HeaderSuggestions
            .Select(h =>
            {
                var mapped = mapper.Map([h.Header]).Mapped.FirstOrDefault()?.CanonicalName;
                return new HeaderReview(h.Header, mapped, mapped is null ? suggester.SuggestVariables(h.Header) : []);
            })
            .ToList();
        return new MappingReview(ingestionId, revision, current.Revision, values, headers, report.AutoMapped);
    }
}
