namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>Settings for <see cref="RakingWeights"/>.</summary>
public sealed record RakingOptions
{
    /// <summary>Maximum number of full raking cycles (one adjustment per variable each). Default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Convergence when the largest absolute difference between a weighted share and its target share
    /// (as proportions, over all variables and categories) is below this. Default 1e-8.</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Optional lower trimming bound as a multiple of the mean weight (e.g. 0.3); must be ≤ 1.</summary>
    public double? LowerTrimBound { get; init; }

    /// <summary>Optional upper trimming bound as a multiple of the mean weight (e.g. 3); must be ≥ 1.</summary>
    public double? UpperTrimBound { get; init; }

    /// <summary>Relative tolerance for margins of different variables to count as summing to the same total. Default 1e-6.</summary>
    public double MarginTotalTolerance { get; init; } = 1e-6;

    /// <summary>Percentages summing to within this many points of 100 (proportions: this / 100 of 1) are rounding
    /// artefacts; they are normalised and the normalisation reported. Default 1 (so 99–101 is accepted).</summary>
    public double PercentageRoundingAllowance { get; init; } = 1;

    /// <summary>What the weights are scaled to sum to. Default <see cref="RakingWeightTotal.SampleSize"/>.</summary>
    public RakingWeightTotal WeightTotal { get; init; } = RakingWeightTotal.SampleSize;

    /// <summary>Throw a <see cref="RakingException"/> when not converged (default); otherwise return with
    /// <see cref="RakingResult.Converged"/> = <c>false</c>.</summary>
    public bool ThrowIfNotConverged { get; init; } = true;

    /// <summary>Throws when the settings are inconsistent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        if (MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "At least one iteration is needed.");
        }

        if (!(Tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be > 0.");
        }

        if (LowerTrimBound is { } lower && !(lower >= 0 && lower <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LowerTrimBound), lower, "The lower trimming bound is a multiple of the mean weight in [0, 1].");
        }

        if (UpperTrimBound is { } upper && !(upper >= 1 && double.IsFinite(upper)))
        {
            throw new ArgumentOutOfRangeException(nameof(UpperTrimBound), upper, "The upper trimming bound is a finite multiple of the mean weight ≥ 1.");
        }

        if (!(MarginTotalTolerance >= 0) || !(PercentageRoundingAllowance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(MarginTotalTolerance), "Margin tolerances must be ≥ 0.");
        }
    }
}
