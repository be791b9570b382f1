namespace PohAnalytics.Core.Codebook;

/// <summary>The result of matching an export's header row against the codebook.</summary>
/// <param name="Mapped">Columns that carry codebook variables.</param>
/// <param name="Unmapped">Columns the codebook does not know (reported, not fatal).</param>
/// <param name="PersonalData">Columns recognised as personal data: dropped before anything is written.</param>
public sealed record ColumnMapping(
    IReadOnlyList<MappedColumn> Mapped,
    IReadOnlyList<SkippedColumn> Unmapped,
    IReadOnlyList<SkippedColumn> PersonalData)
{
    /// <summary>Drops mapped or unmapped columns later found to hold personal data (from their values).</summary>
    public ColumnMapping WithPersonalData(IReadOnlyList<SkippedColumn> detected)
    {
        if (detected.Count == 0) return this;
        var indexes = detected.Select(d => d.Index).ToHashSet();
        return new ColumnMapping(
            Mapped.Where(m => !indexes.Contains(m.Index)).ToList(),
            Unmapped.Where(u => !indexes.Contains(u.Index)).ToList(),
            PersonalData.Concat(detected).OrderBy(d => d.Index).ToList());
    }
}
