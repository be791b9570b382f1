namespace PohAnalytics.Core.Statistics.EffectSizes;

/// <summary>Maps an effect size to its <see cref="EffectSizeBand"/>.</summary>
public static class EffectSizeBands
{
    /// <summary>Band of an effect size by its absolute value (0.2 / 0.5 / 0.8 cut-offs, lower bound inclusive).</summary>
    /// <param name="effect">Cohen's h or a standardized difference.</param>
    /// <returns>The band.</returns>
    public static EffectSizeBand Classify(double effect) => Math.Abs(effect) switch
    {
        < 0.2 => EffectSizeBand.Negligible,
        < 0.5 => EffectSizeBand.Small,
        < 0.8 => EffectSizeBand.Medium,
        _ => EffectSizeBand.Large,
    };
}
