using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Disclosure;

/// <summary>A respondent slicer of the dashboard (employment, region, experience band) and the variable it reads.</summary>
/// <param name="Id">Filter id in the URL.</param>
/// <param name="Variable">The codebook variable (categories, open labels or bins) whose served codes are the subgroups.</param>
/// <param name="Label">Label of the slicer.</param>
public sealed record RespondentSlicer(string Id, VariableDefinition Variable, LocalizedText Label)
{
    /// <summary>The slicers offered on the respondent pages, in URL order; several may be combined.</summary>
    public static IReadOnlyList<RespondentSlicer> All(CodebookDefinition codebook) =>
    [
        new("employment", codebook["employment"], codebook["employment"].Label),
        new("region", codebook["region"], codebook["region"].Label),
        new("experience", codebook["experience_poh_years"], new LocalizedText("Ervaring als POH-GGZ", "Experience as POH-GGZ")),
    ];
}
