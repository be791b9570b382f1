namespace PohAnalytics.Presentation.Figures;

/// <summary>One series of a bar figure: a value per category, with an optional 95% interval.</summary>
/// <param name="Name">Legend name.</param>
/// <param name="Values">Values (percent) per category; null where suppressed or not measured.</param>
/// <param name="Lower">Lower interval bounds, or null.</param>
/// <param name="Upper">Upper interval bounds, or null.</param>
/// <param name="Labels">Text shown on each bar ("71%", "&lt;5", "not measured").</param>
/// <param name="Colour">Bar colour.</param>
public sealed record BarSeries(string Name, IReadOnlyList<double?> Values, IReadOnlyList<double?>? Lower, IReadOnlyList<double?>? Upper, IReadOnlyList<string> Labels, string Colour);
