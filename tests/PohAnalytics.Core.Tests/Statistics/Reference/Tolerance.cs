namespace PohAnalytics.Core.Tests.Statistics.Reference;

/// <summary>Assertions with absolute-or-relative tolerance, for comparisons with R.</summary>
public static class Tolerance
{
    /// <summary>Statistics (z, X², Wilson bounds, h) must agree with R to this.</summary>
    public const double Statistic = 1e-9;

    /// <summary>Raked weights must agree with survey::rake to this (relative).</summary>
    public const double Weight = 1e-6;

    /// <summary>p-values span many orders of magnitude, so they are compared relatively.</summary>
    public const double PValue = 1e-7;

    public static void Relative(double expected, double? actual, double tolerance, string what)
    {
        Assert.True(actual.HasValue, $"{what}: expected {expected:R}, got null");
        Assert.True(
            Math.Abs(expected - actual!.Value) <= tolerance * Math.Abs(expected),
            $"{what}: expected {expected:R}, got {actual.Value:R} (relative tolerance {tolerance:G3})");
    }

    public static void Close(double expected, double? actual, double tolerance, string what)
    {
        Assert.True(actual.HasValue, $"{what}: expected {expected:R}, got null");
        var scale = Math.Max(1, Math.Abs(expected));
        Assert.True(
            Math.Abs(expected - actual!.Value) <= tolerance * scale,
            $"{what}: expected {expected:R}, got {actual.Value:R} (tolerance {tolerance:G3} × {scale:G3})");
    }
}
