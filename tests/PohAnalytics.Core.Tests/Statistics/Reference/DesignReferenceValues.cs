using System.Text.Json;
using System.Text.Json.Serialization;

namespace PohAnalytics.Core.Tests.Statistics.Reference;

/// <summary>Design-based values computed by R (make-design-reference.R): inputs and outputs.</summary>
public sealed record DesignReferenceValues(
    IReadOnlyList<DesignSeCase> DesignSe,
    IReadOnlyList<GofCase> Gof,
    IReadOnlyList<HomogeneityCase> Homogeneity,
    IReadOnlyList<MonteCarloCase> MonteCarlo,
    IReadOnlyList<TostCase> Tost,
    IReadOnlyList<HolmCase> Holm)
{
    private static readonly Lazy<DesignReferenceValues> Cached = new(Read);

    public static DesignReferenceValues Instance => Cached.Value;

    public static string FilePath => Path.Combine(
        RepositoryRoot.Find(), "tests", "PohAnalytics.Core.Tests", "Statistics", "Reference", "design-reference-values.json");

    public static TheoryData<T> Of<T>(IEnumerable<T> cases)
    {
        var data = new TheoryData<T>();
        foreach (var item in cases)
        {
            data.Add(item);
        }

        return data;
    }

    private static DesignReferenceValues Read()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        return JsonSerializer.Deserialize<DesignReferenceValues>(File.ReadAllText(FilePath), options)
            ?? throw new InvalidOperationException($"{FilePath} is empty.");
    }
}

public sealed record RakingInputCase(
    string Name, IReadOnlyList<string> Categories,
    [property: JsonPropertyName("margins_percent")] IReadOnlyDictionary<string, double> MarginsPercent);

public sealed record DesignSeCase(
    string Label, IReadOnlyList<RakingInputCase> Raking, IReadOnlyList<double> Weights,
    IReadOnlyList<DesignProportionCase> Proportions, IReadOnlyList<DesignMeanCase> Means)
{
    public override string ToString() => Label;
}

public sealed record DesignProportionCase(string Name, IReadOnlyList<bool?> Member, double Estimate, double Se);

public sealed record DesignMeanCase(string Name, IReadOnlyList<double?> Values, double Estimate, double Se);

public sealed record GofCase(
    string Label, IReadOnlyList<RakingInputCase> Raking, IReadOnlyList<double> Weights, IReadOnlyList<string?> Categories,
    IReadOnlyDictionary<string, double> Proportions, double ChiSquare, double Scale, double Df, double PValue, IReadOnlyList<double> Lambda)
{
    public override string ToString() => Label;
}

public sealed record HomogeneityCase(
    string Label, IReadOnlyList<string> Dataset, IReadOnlyList<string> Categories, IReadOnlyList<double> Weights,
    double F, double Ndf, double Ddf, double PValue, double PearsonChiSquare)
{
    public override string ToString() => Label;
}

public sealed record MonteCarloCase(
    string Label, IReadOnlyList<string> Categories, IReadOnlyList<int> Row1, IReadOnlyList<int> Row2, int Seed, int B,
    double ChiSquare, double PValue, double AsymptoticPValue, double MinExpected)
{
    public override string ToString() => Label;
}

public sealed record TostCase(
    string Label, double Difference, double Se, double Margin, double? Df, double PLower, double PUpper, double PTost,
    [property: JsonPropertyName("ci90_lower")] double Ci90Lower, [property: JsonPropertyName("ci90_upper")] double Ci90Upper)
{
    public override string ToString() => Label;
}

public sealed record HolmCase(IReadOnlyList<double> P, IReadOnlyList<double> Adjusted)
{
    public override string ToString() => string.Join(", ", P);
}
