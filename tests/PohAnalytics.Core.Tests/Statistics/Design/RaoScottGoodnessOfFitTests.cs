using PohAnalytics.Core.Statistics.Design;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Design;

public class RaoScottGoodnessOfFitTests
{
    public static TheoryData<GofCase> Cases => DesignReferenceValues.Of(DesignReferenceValues.Instance.Gof);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_svygofchisq(GofCase reference)
    {
        var design = reference.Raking.Count == 0
            ? SurveyDesign.Weighted(reference.Weights)
            : SurveyDesign.Raked(reference.Weights, reference.Raking.Select(r => (IReadOnlyList<string?>)r.Categories.ToArray()));

        var result = RaoScottGoodnessOfFit.Compute(design, reference.Categories, reference.Proportions);

        Tolerance.Close(reference.ChiSquare, result.ChiSquare, 1e-6, "X²");
        Tolerance.Close(reference.Scale, result.Scale, 1e-6, "scale");
        Tolerance.Close(reference.Df, result.DegreesOfFreedom, 1e-6, "df");
        Tolerance.Close(reference.PValue, result.PValue, 1e-6, "p");
    }
}
