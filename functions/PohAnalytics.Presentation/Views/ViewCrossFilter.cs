using System.Text.Json.Nodes;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Presentation.Views;

/// <summary>Cross-filtering of a chart.</summary>
/// <param name="Field">The filter a click sets.</param>
public sealed record ViewCrossFilter(string Field);
