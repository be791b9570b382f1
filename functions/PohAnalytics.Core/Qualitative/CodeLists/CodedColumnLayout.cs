using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>How a header row of a coded-answers export maps onto a code list.</summary>
public sealed record CodedColumnLayout
{
    /// <summary>The code list the headers match.</summary>
    public required CodeListDefinition CodeList { get; init; }
    /// <summary>The respondent (pseudonym) column, if present.</summary>
    public LayoutColumn? RespondentId { get; init; }
    /// <summary>Columns holding respondent attributes.</summary>
    public IReadOnlyList<AttributeColumn> Attributes { get; init; } = [];
    /// <summary>Long shape: the theme column, if present.</summary>
    public LayoutColumn? Theme { get; init; }
    /// <summary>The code columns: wide shape in mention order, long shape the one code (sub-theme) column.</summary>
    public IReadOnlyList<LayoutColumn> Codes { get; init; } = [];
    /// <summary>Columns the code list does not know (reported, not ingested).</summary>
    public IReadOnlyList<SkippedColumn> Unmapped { get; init; } = [];
    /// <summary>Headers recognised (how well the file fits the code list).</summary>
    public int KnownHeaders { get; init; }

    /// <summary>Every recognised column.</summary>
    public IEnumerable<LayoutColumn> Recognised =>
        new[] { RespondentId, Theme }.OfType<LayoutColumn>().Concat(Attributes.Select(a => a.Column)).Concat(Codes).OrderBy(c => c.Index);

    /// <summary>The layout without columns found to hold personal data (they are neither ingested nor reported as unmapped).</summary>
    public CodedColumnLayout Without(IReadOnlyCollection<int> personalColumns) => personalColumns.Count == 0 ? this : this with
    {
        RespondentId = RespondentId is { } id && personalColumns.Contains(id.Index) ? null : RespondentId,
        Attributes = Attributes.Where(a => !personalColumns.Contains(a.Column.Index)).ToList(),
        Unmapped = Unmapped.Where(u => !personalColumns.Contains(u.Index)).ToList(),
    };
}
