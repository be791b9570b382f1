using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Statistics.Proportions;

namespace PohAnalytics.Core.Statistics.Norms;

/// <summary>The share of respondents meeting each norm of the codebook (fixed GP consultation, ≤9 consults a day …).</summary>
public static class NormCompliance
{
    /// <summary>Evaluates every codebook norm on curated columns (name → values); rows where <paramref name="include"/> is false are skipped.</summary>
    public static IReadOnlyList<NormResult> Evaluate(CodebookDefinition codebook, IReadOnlyDictionary<string, Array> columns, Func<int, bool>? include = null)
    {
        var results = new List<NormResult>();
        foreach (var variable in codebook.Variables.Where(v => v.Norm is not null))
        {
            if (!columns.TryGetValue(variable.Id, out var values)) continue;
            long meeting = 0, answered = 0;
            for (var i = 0; i < values.Length; i++)
            {
                if (include is not null && !include(i)) continue;
                if (Meets(variable.Norm!, values.GetValue(i)) is not { } met) continue;
                answered++;
                if (met) meeting++;
            }
            var wilson = WilsonInterval.Compute(meeting, answered);
            results.Add(new NormResult(variable.Norm!, variable.Id, meeting, answered, wilson.Proportion, wilson.Interval));
        }
        return results;
    }

    /// <summary>Whether a curated value meets the norm; null when there is no answer.</summary>
    public static bool? Meets(NormDefinition norm, object? value) => value switch
    {
        null => null,
        double number => (norm.AtLeast is null || number >= norm.AtLeast) && (norm.AtMost is null || number <= norm.AtMost),
        string code => norm.Categories?.Contains(code) == true,
        _ => null,
    };
}
