using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Presentation.Views;

/// <summary>A respondent-level slicer (employment, region, experience band) and how to read it from curated data.</summary>
/// <param name="Id">Filter id in the URL.</param>
/// <param name="Variable">The codebook variable it comes from.</param>
public sealed record SlicerDimension(string Id, VariableDefinition Variable)
{
    /// <summary>The slicers offered on the respondent pages.</summary>
    public static IReadOnlyList<SlicerDimension> All(CodebookDefinition codebook) =>
    [
        new("employment", codebook["employment"]),
        new("region", codebook["region"]),
        new("experience", codebook["experience_poh_years"]),
    ];

    /// <summary>Subgroup code per respondent.</summary>
    public IReadOnlyList<string?> Codes(CuratedData data) => VariableCodes.Of(Variable, data);

    /// <summary>The subgroups with labels, in codebook order (open categories: as found, sorted).</summary>
    public IReadOnlyList<(string Code, LocalizedText Label)> Values(CuratedData data) => VariableCodes.Categories(Variable, data);

    /// <summary>Label of the slicer.</summary>
    public LocalizedText Label => Id == "experience"
        ? new LocalizedText("Ervaring als POH-GGZ", "Experience as POH-GGZ")
        : Variable.Label;
}
