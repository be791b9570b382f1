namespace PohAnalytics.Core.Tests.Statistics.Reference;

/// <summary>xUnit member data built from <see cref="ReferenceValues"/>.</summary>
public static class ReferenceData
{
    public static TheoryData<TwoProportionCase> TwoProportion => Of(ReferenceValues.Instance.TwoProportion);

    public static TheoryData<WilsonCase> Wilson => Of(ReferenceValues.Instance.Wilson);

    public static TheoryData<ChiSquareCase> ChiSquare => Of(ReferenceValues.Instance.ChiSquare);

    public static TheoryData<WelchCase> Welch => Of(ReferenceValues.Instance.Welch);

    public static TheoryData<RakingCase> Raking => Of(ReferenceValues.Instance.Raking);

    public static TheoryData<RepresentativenessCase> Representativeness => Of(ReferenceValues.Instance.Representativeness);

    private static TheoryData<T> Of<T>(IEnumerable<T> cases)
    {
        var data = new TheoryData<T>();
        foreach (var item in cases)
        {
            data.Add(item);
        }

        return data;
    }
}
