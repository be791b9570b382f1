using PohAnalytics.Core.Statistics.Descriptives;

namespace PohAnalytics.Core.Publishing;

/// <summary>The descriptives of a dataset's current version as served (after small-cell suppression).</summary>
/// <param name="DatasetId">Dataset id.</param>
/// <param name="DatasetVersion">Version described.</param>
/// <param name="DatasetName">Dataset name.</param>
/// <param name="CodebookVersion">Codebook version of the labels and variables.</param>
/// <param name="SuppressionThreshold">Cells below this many respondents are suppressed.</param>
/// <param name="Respondents">Respondents in the dataset.</param>
/// <param name="Variables">Every codebook variable (identifiers excluded).</param>
public sealed record PublishedDescriptives(
    string DatasetId, int DatasetVersion, string DatasetName, string CodebookVersion, int SuppressionThreshold, int Respondents,
    IReadOnlyList<VariableDescription> Variables);
