using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Disclosure;

/// <summary>A respondent slicer with the subgroups a dataset serves (open labels as served: rare or personal ones are "other").</summary>
/// <param name="Slicer">The slicer.</param>
/// <param name="Values">Subgroup codes and labels.</param>
public sealed record ServedSlicer(RespondentSlicer Slicer, IReadOnlyList<(string Code, LocalizedText Label)> Values);
