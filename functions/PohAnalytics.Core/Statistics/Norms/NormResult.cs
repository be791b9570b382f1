using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Statistics.Norms;

/// <summary>How many respondents meet one policy norm.</summary>
/// <param name="Norm">The norm.</param>
/// <param name="VariableId">The variable it is measured on.</param>
/// <param name="Meeting">Respondents meeting it.</param>
/// <param name="Answered">Respondents with a valid answer (not asked and missing excluded).</param>
/// <param name="Share">Meeting / answered, or null when nobody answered.</param>
/// <param name="Interval">Wilson 95% interval of the share.</param>
public sealed record NormResult(NormDefinition Norm, string VariableId, long Meeting, long Answered, double? Share, ConfidenceInterval? Interval);
