using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Statistics.Descriptives;

namespace PohAnalytics.Core.Benchmarks;

/// <summary>
/// Turns an ingested dataset into a benchmark computed from its microdata: every category's percentage with its valid n
/// (so counts are exact), every multi-response option asked, and every mean with its SD. Items the dataset did not ask
/// (no valid answers) are left out, so they read as "not measured".
/// </summary>
public static class DatasetBenchmarkBuilder
{
    /// <summary>Builds the (unversioned) benchmark.</summary>
    /// <param name="codebook">Codebook of the dataset.</param>
    /// <param name="dataset">The dataset's registry record (name, wave, respondent type, current version).</param>
    /// <param name="data">The current version's curated columns.</param>
    public static BenchmarkDefinition Build(CodebookDefinition codebook, DatasetRecord dataset, CuratedData data)
    {
        var descriptives = DescriptivesEngine.Describe(codebook, data);
        var items = new List<BenchmarkItem>();
        foreach (var variable in codebook.Variables.Where(v => v.Type != VariableType.Identifier && !v.OpenCategories))
        {
            var description = descriptives[variable.Id];
            if (variable.Type == VariableType.Number)
            {
                if (description.Numeric is { N: > 0, Mean: { } mean } numeric)
                    items.Add(new BenchmarkItem(variable.Id, [], "", BenchmarkStatistic.Mean, mean, numeric.StandardDeviation, numeric.N));
                continue;
            }
            foreach (var cell in description.Categories.Where(c => c.N > 0 && c.Percent is not null))
            {
                if (variable.Categories.All(c => c.Code != cell.Code)) continue;
                items.Add(new BenchmarkItem(variable.Id, [cell.Code], cell.Label.Nl, BenchmarkStatistic.Percent, cell.Percent!.Value, null, cell.N));
            }
        }
        return new BenchmarkDefinition
        {
            Id = dataset.Id,
            Source = dataset.Metadata.Name,
            SurveyYear = dataset.Metadata.Wave ?? dataset.UpdatedAt.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Population = dataset.Metadata.RespondentType == RespondentType.Gp ? "GPs" : "POH-GGZ",
            Respondents = data.RowCount,
            Origin = BenchmarkOrigin.Dataset,
            FromDataset = $"{dataset.Id}@v{dataset.CurrentVersion}",
            HasMicrodata = true,
            Items = items,
        };
    }
}
