using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Presentation.Views;

/// <summary>One slicer option.</summary>
/// <param name="Value">Value sent back in the URL.</param>
/// <param name="Label">Label.</param>
public sealed record ViewOption(string Value, LocalizedText Label);
