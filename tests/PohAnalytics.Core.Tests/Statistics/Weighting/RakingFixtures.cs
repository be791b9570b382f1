using PohAnalytics.Core.Statistics.Weighting;
using PohAnalytics.Core.Tests.Statistics.Reference;

namespace PohAnalytics.Core.Tests.Statistics.Weighting;

/// <summary>Builds raking input from R reference cases and small hand-made samples.</summary>
internal static class RakingFixtures
{
    public static RakingOptions Strict { get; } = new() { MaxIterations = 1000, Tolerance = 1e-13 };

    public static RakingVariable[] VariablesOf(RakingCase reference) =>
        reference.Variables.Select(v => new RakingVariable(v.Name, v.Categories.ToArray(), v.MarginsPercent)).ToArray();

    /// <summary>Six respondents: gender and region, deliberately unbalanced against 50/50 margins.</summary>
    public static RakingVariable Gender(params (string Category, double Target)[] margins) =>
        new("gender", ["Vrouw", "Vrouw", "Vrouw", "Vrouw", "Man", "Man"], margins.ToDictionary(m => m.Category, m => m.Target));

    public static RakingVariable Region(params (string Category, double Target)[] margins) =>
        new("region", ["Noord", "Zuid", "Zuid", "Zuid", "Noord", "Zuid"], margins.ToDictionary(m => m.Category, m => m.Target));
}
