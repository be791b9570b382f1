namespace PohAnalytics.Core.Statistics.Descriptives;

/// <summary>Descriptive statistics of every codebook variable of one dataset version.</summary>
/// <param name="Respondents">Rows in the dataset.</param>
/// <param name="Weighted">Whether the percentages and means are weighted (e.g. raked).</param>
/// <param name="Variables">One entry per codebook variable (identifiers excluded), in codebook order.</param>
public sealed record DatasetDescriptives(int Respondents, bool Weighted, IReadOnlyList<VariableDescription> Variables)
{
    /// <summary>The description of one variable.</summary>
    public VariableDescription this[string variable] =>
        Variables.FirstOrDefault(v => v.Variable == variable) ?? throw new KeyNotFoundException($"No descriptives for '{variable}'.");
}
