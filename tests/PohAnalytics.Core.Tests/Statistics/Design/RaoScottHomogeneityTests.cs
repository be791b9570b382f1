using PohAnalytics.Core.Statistics.Design;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Design;

public class RaoScottHomogeneityTests
{
    public static TheoryData<HomogeneityCase> Cases => DesignReferenceValues.Of(DesignReferenceValues.Instance.Homogeneity);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_svychisq_F_on_stacked_data_sets(HomogeneityCase reference)
    {
        var design = SurveyDesign.Weighted(reference.Weights, reference.Dataset);

        var result = RaoScottHomogeneity.Compute(design, reference.Dataset, reference.Categories);

        Tolerance.Close(reference.PearsonChiSquare, result.PearsonChiSquare, 1e-6, "X²");
        Tolerance.Close(reference.F, result.F, 1e-6, "F");
        Tolerance.Close(reference.Ndf, result.NumeratorDf, 1e-6, "ndf");
        Tolerance.Close(reference.Ddf, result.DenominatorDf, 1e-6, "ddf");
        Tolerance.Relative(reference.PValue, result.PValue, 1e-6, "p");
    }
}
