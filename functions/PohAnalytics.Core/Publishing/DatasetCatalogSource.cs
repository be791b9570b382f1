using System.Text.Json;
using PohAnalytics.Core.Codebook.Versions;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Publishing;

/// <summary>Publishes <c>datasets.json</c>: the datasets with their versions and sizes (sizes under the threshold suppressed).</summary>
public sealed class DatasetCatalogSource(IDatasetRegistry registry, ICodebookProvider codebooks, SuppressionSettings suppression) : IPublicationSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<PublicationUnit>> GetUnitsAsync(CancellationToken cancellationToken)
    {
        var datasets = await registry.ListDatasetsAsync(cancellationToken);
        var hash = InputHash.Of(datasets.SelectMany(d => new[] { d.Id, d.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), d.CurrentSourceSha256, d.Metadata.ToString() })
            .Append(codebooks.Current.Sha256).Append(suppression.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("datasets/1"));
        return [new PublicationUnit("datasets", hash, _ => Task.FromResult<IReadOnlyList<PublishedDocument>>([Build(datasets)]))];
    }

    private PublishedDocument Build(IReadOnlyList<DatasetRecord> datasets)
    {
        var body = datasets.Select(d => new
        {
            id = d.Id,
            name = d.Metadata.Name,
            kind = d.Metadata.KindName,
            respondentType = d.Metadata.RespondentTypeName,
            wave = d.Metadata.Wave,
            version = d.CurrentVersion,
            respondents = suppression.Count(d.Rows),
            codebookVersion = d.CodebookVersion,
            updatedAt = d.UpdatedAt,
        });
        return new PublishedDocument("datasets.json", JsonSerializer.SerializeToUtf8Bytes(body, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
    }
}
