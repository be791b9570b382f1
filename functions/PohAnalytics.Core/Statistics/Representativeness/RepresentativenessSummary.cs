namespace PohAnalytics.Core.Statistics.Representativeness;

/// <summary>Summary of a dataset against one benchmark.</summary>
/// <param name="MeanAbsSmd">Mean of the variables' |SMD| (over variables with a published |SMD|).</param>
/// <param name="VariablesCompared">Variables the benchmark measured and the sample answered.</param>
/// <param name="VariablesBeyond01">Variables with |SMD| ≥ 0.1.</param>
/// <param name="VariablesBeyond02">Variables with |SMD| ≥ 0.2.</param>
/// <param name="Rule">The verdict rule in words.</param>
/// <param name="Verdicts">One verdict per codebook variable (identifiers excluded).</param>
public sealed record RepresentativenessSummary(
    double? MeanAbsSmd, int VariablesCompared, int VariablesBeyond01, int VariablesBeyond02, string Rule, IReadOnlyList<VariableVerdict> Verdicts);
