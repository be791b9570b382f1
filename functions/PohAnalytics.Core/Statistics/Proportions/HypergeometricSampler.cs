namespace PohAnalytics.Core.Statistics.Proportions;

/// <summary>
/// Exact hypergeometric draws by inversion, searching outward from the mode: about one standard deviation of steps per
/// draw. MathNet's sampler simulates the urn draw by draw, which made a 10,000-respondent Monte-Carlo test take minutes.
/// </summary>
internal sealed class HypergeometricSampler
{
    // ln(n!) for every n up to the largest population, so a draw costs lookups rather than log-gamma evaluations.
    private readonly double[] _logFactorial;

    /// <summary>A sampler for populations of up to <paramref name="maxPopulation"/>.</summary>
    public HypergeometricSampler(int maxPopulation)
    {
        _logFactorial = new double[maxPopulation + 1];
        for (var n = 2; n <= maxPopulation; n++) _logFactorial[n] = _logFactorial[n - 1] + Math.Log(n);
    }

    /// <summary>
    /// Successes among <paramref name="draws"/> drawn without replacement from <paramref name="population"/> holding
    /// <paramref name="successes"/>.
    /// </summary>
    public int Sample(Random random, int population, int successes, int draws)
    {
        int failures = population - successes, low = Math.Max(0, draws - failures), high = Math.Min(draws, successes);
        if (low == high) return low;
        var mode = (int)Math.Floor((draws + 1.0) * (successes + 1.0) / (population + 2.0));
        mode = Math.Clamp(mode, low, high);
        var atMode = Math.Exp(LogChoose(successes, mode) + LogChoose(failures, draws - mode) - LogChoose(population, draws));
        var u = random.NextDouble() - atMode;
        if (u <= 0) return mode;
        // pmf(x + 1) / pmf(x) = (K − x)(n − x) / ((x + 1)(N − K − n + x + 1)), and its inverse downwards.
        double up = atMode, down = atMode;
        int above = mode, below = mode;
        while (above < high || below > low)
        {
            if (above < high)
            {
                up *= (double)(successes - above) * (draws - above) / ((above + 1.0) * (failures - draws + above + 1.0));
                above++;
                if ((u -= up) <= 0) return above;
            }
            if (below > low)
            {
                down *= below * (failures - draws + (double)below) / ((successes - below + 1.0) * (draws - below + 1.0));
                below--;
                if ((u -= down) <= 0) return below;
            }
        }
        return mode; // Only rounding leaves u above zero after the whole support.
    }

    private double LogChoose(int n, int k) => _logFactorial[n] - _logFactorial[k] - _logFactorial[n - k];
}
