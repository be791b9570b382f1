using Google.OrTools.LinearSolver;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Disclosure;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Tests.Ingestion;
using PohAnalytics.Core.Tests.Statistics.Descriptives;
using Xunit.Abstractions;

namespace PohAnalytics.Core.Tests.Disclosure;

/// <summary>
/// An attacker who collects every count an anonymous client can get for a dataset (every subgroup size with its mark,
/// and every variable's categories, n, groups and norm counts in every served slicer combination) and solves the linear
/// programme of the full cross-classification (each variable's answers × every slicer, "missing" included) with GLOP,
/// written apart from the module. Every hidden count must keep an interval at least the threshold wide.
/// </summary>
public sealed class DisclosureAttackerTests(ITestOutputHelper output)
{
    private const int Threshold = 5;

    public static TheoryData<string> Datasets => new() { "survey", "member-poll", "slicer-equals-variable" };

    /// <summary>
    /// The member poll's employment: "Anders" has 4 and "seconded by another organisation" 20. When the employment slicer
    /// is set to the 20, its view shows them as its size, so the chart of employment itself must not let 407 − 383 − 20
    /// pin the 4.
    /// </summary>
    private static CuratedData SlicerEqualsVariable()
    {
        var employment = Enumerable.Repeat<string?>("practice_employed", 300).Concat(Enumerable.Repeat<string?>("seconded_mh_provider", 83))
            .Concat(Enumerable.Repeat<string?>("seconded_other", 20)).Concat(Enumerable.Repeat<string?>("other", 4)).ToArray();
        var gender = employment.Select((_, i) => (string?)(i % 3 == 0 ? "man" : "vrouw")).ToArray();
        return FixtureData.Of(employment.Length, ("employment", employment), ("gender", gender));
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task No_hidden_count_of_any_page_or_slicer_combination_narrows_below_the_threshold(string dataset)
    {
        var data = dataset switch
        {
            "survey" => await FixtureData.SurveyAsync(),
            "member-poll" => await FixtureData.MemberPollAsync(),
            _ => SlicerEqualsVariable(),
        };
        var codebook = PipelineRun.Codebook;
        var disclosure = new DisclosureControl(Threshold, new PersonalDataPatterns(codebook.PersonalData).LooksPersonal).Protect(codebook, data);

        var selections = Selections(disclosure).ToList();
        var attacked = 0;
        foreach (var variable in Variables(codebook))
        {
            foreach (var (cell, interval) in Attack(disclosure, codebook, variable, selections))
            {
                attacked++;
                Assert.True(interval.Max - interval.Min >= Threshold, $"{dataset}: {cell} is within [{interval.Min}, {interval.Max}]");
            }
        }
        output.WriteLine($"{dataset}: {attacked} hidden counts attacked over {selections.Count} selections");
        if (dataset == "slicer-equals-variable")
            Assert.False(disclosure.Category("employment", "other", RespondentSelection.Everyone)!.Value.IsShown);
        Assert.True(attacked > 0);
    }

    /// <summary>Every slicer combination (each slicer unset or one of its served subgroups).</summary>
    private static IEnumerable<Dictionary<string, string>> Selections(DatasetDisclosure disclosure)
    {
        IEnumerable<Dictionary<string, string>> combos = [new()];
        foreach (var slicer in disclosure.Slicers)
            combos = combos.SelectMany(c => new[] { c }.Concat(slicer.Values.Select(v => new Dictionary<string, string>(c) { [slicer.Slicer.Id] = v.Code })));
        return combos;
    }

    /// <summary>The served variables: codebook variables, multi-response options as their own yes/no variables.</summary>
    private static IEnumerable<(string Id, VariableDefinition Definition)> Variables(CodebookDefinition codebook) =>
        codebook.Variables.Where(v => v.Type != VariableType.Identifier).SelectMany(v => v.Type == VariableType.MultiResponse
            ? v.Categories.Select(o => ($"{v.Id}__{o.Code}", v))
            : [(v.Id, v)]);

    private static IEnumerable<(string Cell, (double Min, double Max) Interval)> Attack(DatasetDisclosure disclosure, CodebookDefinition codebook,
        (string Id, VariableDefinition Definition) variable, IReadOnlyList<Dictionary<string, string>> selections)
    {
        var slicers = disclosure.Slicers;
        var categories = disclosure.Categories(variable.Id).Select(c => c.Code).ToList();
        var numericNorm = variable.Definition.Norm is not null && variable.Definition.Type == VariableType.Number;
        // Unknowns: answer (categories, or "answered" for a number without bins, then "not answered") × norm state × each
        // slicer's subgroups plus "missing".
        var answered = Math.Max(categories.Count, 1);
        var answers = answered + 1;
        var norms = numericNorm ? 3 : 1;
        var dims = new[] { answers, norms }.Concat(slicers.Select(s => s.Values.Count + 1)).ToArray();
        var total = dims.Aggregate(1, (a, b) => a * b);
        int[] Decode(int index)
        {
            var parts = new int[dims.Length];
            for (var d = dims.Length - 1; d >= 0; d--) { parts[d] = index % dims[d]; index /= dims[d]; }
            return parts;
        }
        var unknowns = Enumerable.Range(0, total).Select(Decode).ToArray();
        bool InSelection(int[] u, Dictionary<string, string> selection) => slicers.Select((s, k) => (s, k)).All(x =>
            !selection.TryGetValue(x.s.Slicer.Id, out var value) || (u[2 + x.k] < x.s.Values.Count && x.s.Values[u[2 + x.k]].Code == value));
        bool Answered(int[] u) => u[0] < answered;
        Func<int[], bool>? Predicate(string key)
        {
            if (key == DatasetDisclosure.AnsweredKey) return Answered;
            if (key.StartsWith("c:", StringComparison.Ordinal)) { var i = categories.IndexOf(key[2..]); return u => u[0] == i; }
            if (key.StartsWith("g:", StringComparison.Ordinal)) { var members = key[2..].Split('+'); return u => Answered(u) && members.Contains(categories[u[0]]); }
            if (key == "agree") return u => Answered(u) && int.Parse(categories[u[0]]) >= variable.Definition.AgreeFrom;
            var norm = variable.Definition.Norm!;
            if (numericNorm) return u => u[1] == (key == DatasetDisclosure.MetKey ? 1 : 2);
            return key == DatasetDisclosure.MetKey ? u => Answered(u) && norm.Categories!.Contains(categories[u[0]]) : u => Answered(u) && !norm.Categories!.Contains(categories[u[0]]);
        }
        var keys = categories.Select(c => "c:" + c).Append(DatasetDisclosure.AnsweredKey)
            .Concat(variable.Definition.CategoryGroups.Select(g => "g:" + string.Join('+', g.Categories.Order(StringComparer.Ordinal))))
            .Concat(variable.Definition.AgreeFrom is not null && variable.Definition.Type == VariableType.Likert ? ["agree"] : [])
            .Concat(variable.Definition.Norm is not null && !variable.Id.Contains("__", StringComparison.Ordinal) ? [DatasetDisclosure.MetKey, DatasetDisclosure.NotMetKey] : [])
            .ToList();

        var published = new List<(string Name, int[] Members, long? Value, CellMark Mark)>();
        foreach (var selection in selections)
        {
            var respondentSelection = disclosure.Select(selection);
            var inSelection = Enumerable.Range(0, total).Where(i => InSelection(unknowns[i], selection)).ToArray();
            // A size served nowhere (no chart shows it) tells the attacker nothing.
            if (disclosure.Size(respondentSelection) is { } size)
                published.Add(($"size {respondentSelection.Key}", inSelection, size.Value, size.Mark));
            if (!disclosure.IsServed(respondentSelection)) continue;
            foreach (var key in keys)
            {
                var count = disclosure.Count(variable.Id, key, respondentSelection)!.Value;
                var holds = Predicate(key)!;
                published.Add(($"{variable.Id} {key} in [{respondentSelection.Key}]", inSelection.Where(i => holds(unknowns[i])).ToArray(), count.Value, count.Mark));
            }
        }

        // Unknowns inside a shown zero are zero: drop them before solving.
        var zero = published.Where(p => p.Value == 0).SelectMany(p => p.Members).ToHashSet();
        var solver = Solver.CreateSolver("GLOP")!;
        var x = Enumerable.Range(0, total).Select(i => zero.Contains(i) ? null : solver.MakeNumVar(0, double.PositiveInfinity, $"u{i}")).ToArray();
        LinearExpr Sum(int[] members) => members.Where(i => x[i] is not null).Aggregate(new LinearExpr(), (e, i) => e + x[i]!);
        foreach (var (_, members, value, _) in published.Where(p => p.Value is > 0))
            solver.Add(Sum(members) == value!.Value);
        foreach (var (name, members, _, mark) in published.Where(p => p.Mark != CellMark.Shown).DistinctBy(p => string.Join(',', p.Members)))
        {
            solver.Minimize(Sum(members));
            Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
            var min = solver.Objective().Value();
            solver.Maximize(Sum(members));
            Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
            var max = solver.Objective().Value();
            yield return ($"{name} ({mark})", (Math.Ceiling(min - 1e-6), Math.Floor(max + 1e-6)));
        }
    }
}
