using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Presentation.Views;

/// <summary>The slicers of a view: which are applied and which are offered with their options.</summary>
/// <param name="Applied">Filter id → value.</param>
/// <param name="Available">Offered slicers.</param>
public sealed record ViewFilterSet(IReadOnlyDictionary<string, string> Applied, IReadOnlyList<ViewSlicer> Available);
