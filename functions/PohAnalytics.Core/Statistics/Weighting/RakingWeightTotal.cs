namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>What the raked weights are scaled to sum to.</summary>
public enum RakingWeightTotal
{
    /// <summary>The number of respondents n, so the mean weight is 1 (the default).</summary>
    SampleSize,

    /// <summary>The sum of the base weights (n when there are none).</summary>
    BaseWeightTotal,

    /// <summary>The total of the target margins, e.g. a population size when margins are counts (as R's <c>survey::rake</c>).</summary>
    MarginTotal,
}
