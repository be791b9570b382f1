namespace PohAnalytics.Core.Disclosure;

/// <summary>The small-cell threshold of everything served to the dashboard (setting <c>Poh:SuppressionThreshold</c>, default 5).</summary>
/// <param name="Threshold">Cells with 1 to Threshold−1 respondents are shown as "&lt;Threshold".</param>
public sealed record SuppressionSettings(int Threshold = 5)
{
    /// <summary>A count as served: the number, or "&lt;5" when it is small but not zero.</summary>
    public object Count(long n) => n > 0 && n < Threshold ? $"<{Threshold}" : n;
}
