using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Presentation.Views;

/// <summary>One slicer.</summary>
/// <param name="Id">Filter id (a URL parameter).</param>
/// <param name="Label">Label.</param>
/// <param name="Options">Options (value + label).</param>
public sealed record ViewSlicer(string Id, LocalizedText Label, IReadOnlyList<ViewOption> Options);
