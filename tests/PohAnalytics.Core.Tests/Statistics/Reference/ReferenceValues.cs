using System.Text.Json;
using System.Text.Json.Serialization;

namespace PohAnalytics.Core.Tests.Statistics.Reference;

/// <summary>Values computed by R (make-reference.R); inputs and outputs, so tests are driven by them.</summary>
public sealed record ReferenceValues(
    IReadOnlyList<TwoProportionCase> TwoProportion,
    IReadOnlyList<WilsonCase> Wilson,
    IReadOnlyList<ChiSquareCase> ChiSquare,
    AgeCase Age,
    IReadOnlyList<WelchCase> Welch,
    SmdSampleSdCase SmdSampleSd,
    IReadOnlyList<RakingCase> Raking,
    IReadOnlyList<RepresentativenessCase> Representativeness)
{
    private static readonly Lazy<ReferenceValues> Cached = new(Read);

    public static ReferenceValues Instance => Cached.Value;

    public static string FilePath => Path.Combine(
        RepositoryRoot.Find(), "tests", "PohAnalytics.Core.Tests", "Statistics", "Reference", "reference-values.json");

    private static ReferenceValues Read()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        return JsonSerializer.Deserialize<ReferenceValues>(File.ReadAllText(FilePath), options)
            ?? throw new InvalidOperationException($"{FilePath} is empty.");
    }
}

public sealed record TwoProportionCase(
    string Label, double X1, double N1, double X2, double N2, double P1, double P2, double? Z, double? ChiSquare,
    double? PValue, double CiLower, double CiUpper, double CohensH, double? Smd)
{
    public override string ToString() => Label;
}

public sealed record WilsonCase(double X, double N, double Level, double P, double Lower, double Upper)
{
    public override string ToString() => $"{X}/{N} at {Level}";
}

public sealed record ChiSquareCase(
    string Label, IReadOnlyList<string> Categories, IReadOnlyList<double> Row1, IReadOnlyList<double> Row2,
    double ChiSquare, int Df, double PValue, double CramersV, double MinExpected, IReadOnlyList<int> Dropped)
{
    public override string ToString() => Label;
}

public sealed record AgeCase(
    IReadOnlyList<double> Values, int N, double Mean, double Sd, double Median, double Min, double Max,
    double CiLower, double CiUpper, IReadOnlyList<double> Ci90);

public sealed record WelchCase(
    string Label, double Mean1, double Sd1, double N1, double Mean2, double Sd2, double N2, double T, double Df,
    double PValue, double CiLower, double CiUpper, double Smd)
{
    public override string ToString() => Label;
}

public sealed record SmdSampleSdCase(double SampleMean, double SampleSd, double BenchmarkMean, double Smd);

public sealed record RakingCase(
    string Label, IReadOnlyList<RakingVariableCase> Variables, IReadOnlyList<double> Weights, double SumWeights,
    double KishDeff, double EffectiveN, double MinWeight, double MaxWeight,
    IReadOnlyDictionary<string, IReadOnlyList<string>> EstimateVariables, IReadOnlyList<WeightedEstimateCase> Estimates,
    WeightedAgeCase Age)
{
    public override string ToString() => Label;
}

public sealed record RakingVariableCase(
    string Name, IReadOnlyList<string> Categories,
    [property: JsonPropertyName("margins_percent")] IReadOnlyDictionary<string, double> MarginsPercent);

public sealed record WeightedEstimateCase(
    string Variable, string Category, double Proportion, double SvymeanSe, double EffectiveN, double WilsonLower, double WilsonUpper);

public sealed record WeightedAgeCase(IReadOnlyList<double> Values, double Mean, double Sd);

public sealed record RepresentativenessCase(
    string BenchmarkId, int N, IReadOnlyList<BenchmarkProportionCase> Proportions, ChiSquareCase Employment, IReadOnlyList<BenchmarkMeanCase> Means)
{
    public override string ToString() => BenchmarkId;
}

public sealed record BenchmarkProportionCase(
    string Variable, string Category, double X1, double N1, double X2, double N2, double P1, double P2, double? Z, double? PValue,
    double CiLower, double CiUpper, double CohensH, double? Smd);

public sealed record BenchmarkMeanCase(
    string Variable, double BenchmarkMean, int N, double Mean, double Sd, double CiLower, double CiUpper, double Smd);
