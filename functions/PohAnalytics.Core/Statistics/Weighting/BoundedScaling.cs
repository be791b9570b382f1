namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>
/// Scales a group of weights by one factor f so that Σ clamp(f·wᵢ, lower, upper) equals a target. This is the
/// I-divergence (KL) projection of the weights onto "group total = target" within the bounds, so cycling it over the
/// raking margins converges to weights that meet every margin and stay within the bounds whenever such weights exist.
/// </summary>
internal static class BoundedScaling
{
    /// <summary>Rescales <paramref name="weights"/> at <paramref name="members"/> in place to reach <paramref name="target"/>,
    /// each weight standing for <paramref name="counts"/> respondents of that weight. Weights of 0 stay 0. When the target is
    /// out of reach within the bounds the group goes to the nearest bound.</summary>
    public static void Apply(double[] weights, double[] counts, IReadOnlyList<int> members, double target, double lower, double upper)
    {
        var group = members.Where(i => weights[i] > 0).ToArray();
        if (group.Length == 0)
        {
            return;
        }

        var factor = Factor(group.Select(i => weights[i]).ToArray(), group.Select(i => counts[i]).ToArray(), target, lower, upper);
        foreach (var i in group)
        {
            weights[i] = Math.Clamp(factor * weights[i], lower, upper);
        }
    }

    private static double Factor(double[] w, double[] n, double target, double lower, double upper)
    {
        if (lower <= 0 && double.IsPositiveInfinity(upper))
        {
            return target / Total(w, n, 1, 0, double.PositiveInfinity);
        }

        var respondents = n.Sum();
        if (target <= lower * respondents)
        {
            return 0;
        }

        if (target >= upper * respondents)
        {
            return double.PositiveInfinity;
        }

        // g(f) = Σ nᵢ·clamp(f·wᵢ, lower, upper) is piecewise linear and non-decreasing with kinks at lower/wᵢ and upper/wᵢ:
        // find the segment that reaches the target, then solve the linear piece exactly.
        var kinks = w.Select(x => lower / x).Concat(w.Select(x => upper / x)).Where(double.IsFinite).Distinct().Order().ToArray();
        int lo = 0, hi = kinks.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Total(w, n, kinks[mid], lower, upper) <= target)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var probe = lo + 1 < kinks.Length ? (kinks[lo] + kinks[lo + 1]) / 2 : (2 * kinks[lo]) + 1;
        double fixedTotal = 0, freeWeight = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var scaled = probe * w[i];
            if (scaled <= lower)
            {
                fixedTotal += n[i] * lower;
            }
            else if (scaled >= upper)
            {
                fixedTotal += n[i] * upper;
            }
            else
            {
                freeWeight += n[i] * w[i];
            }
        }

        return freeWeight > 0 ? (target - fixedTotal) / freeWeight : kinks[lo];
    }

    private static double Total(double[] w, double[] n, double factor, double lower, double upper)
    {
        var total = 0.0;
        for (var i = 0; i < w.Length; i++) total += n[i] * Math.Clamp(factor * w[i], lower, upper);
        return total;
    }
}
