namespace PohAnalytics.Core.Statistics.EffectSizes;

/// <summary>Cohen's conventional size bands for |h| or |d|: below 0.2, 0.2–0.5, 0.5–0.8, 0.8 and above.</summary>
public enum EffectSizeBand
{
    /// <summary>|effect| &lt; 0.2.</summary>
    Negligible,

    /// <summary>0.2 ≤ |effect| &lt; 0.5.</summary>
    Small,

    /// <summary>0.5 ≤ |effect| &lt; 0.8.</summary>
    Medium,

    /// <summary>|effect| ≥ 0.8.</summary>
    Large,
}
