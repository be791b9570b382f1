namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>Summary of a dataset against one benchmark.</summary>
/// <param name="MeanAbsSmd">Mean of the variables' |SMD| (over variables with a published |SMD|).</param>
/// <param name="VariablesCompared">Variables the benchmark measured and the sample answered.</param>
/// <param name="VariablesBeyond01">Variables with |SMD| ≥ 0.1.</param>
/// <param name="VariablesBeyond02">Variables with |SMD| ≥ 0.2.</param>
/// <param name="Rule">The verdict rule in words.</param>
/// <param name="Verdicts">One verdict per codebook variable (identifiers excluded).</param>
public sealed record RepresentativenessSummary(
    double? MeanAbsSmd, int VariablesCompared, int VariablesBeyond01, int VariablesBeyond02, string Rule, IReadOnlyList<VariableVerdict> Verdicts)
{
    /// <summary>Mean over variables of their largest absolute bias |sample % − benchmark %|, in percentage points.</summary>
    public double? MeanAbsBiasPoints { get; init; }
    /// <summary>Largest absolute bias over all compared percentages, in percentage points.</summary>
    public double? MaxAbsBiasPoints { get; init; }
    /// <summary>Share (0–1) of the compared variables per verdict (comparable, differs, inconclusive).</summary>
    public IReadOnlyDictionary<string, double> VerdictShares { get; init; } = new Dictionary<string, double>();
}
