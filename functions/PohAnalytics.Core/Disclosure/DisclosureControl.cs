using System.Collections.Concurrent;
using System.Diagnostics;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// The one disclosure-control module. For a dataset version it takes every count an anonymous client can get (every
/// variable's categories, n, category groups, Likert agreement and norm compliance, for everyone and for every slicer
/// combination, plus the subgroup sizes), hides cells of 1 … threshold − 1 respondents ("&lt;5"), and adds complementary
/// cells ("x") until the <see cref="ProtectionAudit"/> proves every hidden cell protected against a reader who combines
/// all of them. First the subgroup sizes are protected: a combination is served only when its size is shown; then each
/// variable is protected with those sizes (and their marks) as fixed knowledge.
/// </summary>
public sealed class DisclosureControl
{
    private readonly Func<string, bool> _looksPersonal;

    /// <summary>Creates the module with a threshold and the personal-data check for labels that come from the data.</summary>
    /// <param name="threshold">Smallest count shown.</param>
    /// <param name="looksPersonal">The personal-data check for labels that come from the data.</param>
    /// <param name="minimumSubgroup">Smallest subgroup whose own view is served (default four times the threshold).</param>
    public DisclosureControl(int threshold, Func<string, bool> looksPersonal, int? minimumSubgroup = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);
        Threshold = threshold;
        MinimumSubgroup = Math.Max(threshold, minimumSubgroup ?? DefaultMinimumSubgroup(threshold));
        _looksPersonal = looksPersonal;
    }

    /// <summary>Smallest count shown.</summary>
    public int Threshold { get; }

    /// <summary>The default smallest subgroup served on its own: four times the threshold.</summary>
    public static int DefaultMinimumSubgroup(int threshold) => 4 * threshold;

    /// <summary>
    /// Smallest subgroup whose own view (every variable within it) is served. A smaller subgroup's size may still be shown
    /// in its parent's charts; its distributions would be mostly hidden cells, so it is refused rather than served blank.
    /// </summary>
    public int MinimumSubgroup { get; }

    /// <summary>Audits a dataset version.</summary>
    /// <param name="codebook">The codebook the data was curated with.</param>
    /// <param name="data">Curated columns.</param>
    /// <param name="groups">Extra category groups served as one count (e.g. benchmark items over several categories).</param>
    public DatasetDisclosure Protect(CodebookDefinition codebook, CuratedData data, IEnumerable<(string Variable, IReadOnlyList<string> Categories)>? groups = null)
    {
        var clock = Stopwatch.StartNew();
        var slicers = RespondentSlicer.All(codebook);
        var slicerCategories = slicers.Select(s => ServedCategories.Of(s.Variable, data, Threshold, _looksPersonal)).ToList();
        var layout = new SelectionLayout(slicerCategories.Select(c => c.Categories.Count).ToArray(),
            slicerCategories.Select(c => c.Rows).ToArray());

        var population = ProtectPopulation(layout, data.RowCount);
        var sizes = new Dictionary<string, ServedCount>(StringComparer.Ordinal);
        var keys = layout.Combos.Select(c => Key(c, slicers, slicerCategories)).ToArray();
        for (var s = 0; s < layout.Combos.Count; s++)
            if (population.SizeCells[s] >= 0) sizes[keys[s]] = Served(population.Problem, population.SizeCells[s]);

        var extra = (groups ?? []).GroupBy(g => g.Variable).ToDictionary(g => g.Key, g => g.Select(x => x.Categories).ToList());
        var results = new ConcurrentDictionary<string, (VariableCells Cells, Dictionary<string, ServedCount> Served, ProtectionProblem Problem, SuppressionOutcome Outcome)>();
        // A variable's cells (passes over every respondent) are built inside the parallel loop too, not one after another.
        Parallel.ForEach(VariableCells.Served(codebook), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, definition =>
        {
            foreach (var variable in VariableCells.Of(definition, data, Threshold, _looksPersonal, extra))
            {
                var (served, problem, outcome) = ProtectVariable(variable, data.RowCount, layout, population, keys);
                results[variable.Id] = (variable, served, problem, outcome);
            }
        });

        var allOutcomes = results.Values.Select(r => r.Outcome).Append(population.Outcome).ToList();
        var allProblems = results.Values.Select(r => r.Problem).Append(population.Problem).ToList();
        var views = Enumerable.Range(0, layout.Combos.Count)
            .Where(s => population.SizeCells[s] >= 0 && ViewServed(population.Problem, population.SizeCells[s])).Select(s => keys[s]).ToHashSet();
        var statistics = new DisclosureStatistics(layout.Combos.Count, views.Count,
            allProblems.Sum(p => Enumerable.Range(0, p.CellCount).Count(c => !p.IsFixed(c))),
            allProblems.Sum(p => Enumerable.Range(0, p.CellCount).Count(c => !p.IsFixed(c) && p.IsHidden(c))),
            allOutcomes.Sum(o => o.Complements), allOutcomes.Sum(o => o.Solves), allOutcomes.Sum(o => o.Unprotectable.Count), clock.Elapsed);
        var servedSlicers = slicers.Select((s, k) => new ServedSlicer(s, slicerCategories[k].Categories)).ToList();
        return new DatasetDisclosure(Threshold, MinimumSubgroup, servedSlicers, sizes, keys.ToHashSet(), views,
            results.ToDictionary(r => r.Key, r => ((IReadOnlyList<(string, LocalizedText)>)r.Value.Cells.Categories, (IReadOnlyDictionary<string, ServedCount>)r.Value.Served)),
            statistics);
    }

    // Subgroup sizes are served level by level: a combination of L slicers appears (as a number or a mark) in the slicer
    // charts of its served parents of L − 1 slicers, so only combinations with a served parent are cells at all.
    private PopulationProtection ProtectPopulation(SelectionLayout layout, int rows)
    {
        var unset = Enumerable.Repeat(-1, layout.Slicers).ToArray();
        var emptySubgroups = Enumerable.Range(0, layout.Slicers).SelectMany(k => Enumerable.Range(0, layout.SubgroupCount(k))
            .Select(v => (Own: 0L, Subgroups: unset.Select((u, j) => j == k ? v : u).ToArray())));
        var (atomCounts, atomValues, _) = layout.Atoms(rows, null, null, 0, emptySubgroups);
        var problem = new ProtectionProblem(atomCounts, Threshold);
        var sizes = Enumerable.Repeat(-1, layout.Combos.Count).ToArray();
        var answered = new Dictionary<(int Combo, int Slicer), int>();
        var level = layout.Combos.Select(c => c.Count(v => v >= 0)).ToArray();
        var everyone = Array.IndexOf(level, 0);
        sizes[everyone] = problem.AddCell(Matching(atomValues, layout.Combos[everyone]), neverHidden: true);
        var complements = 0;
        var solves = 0;
        var unprotectable = new List<int>();
        for (var l = 1; l <= layout.Slicers; l++)
        {
            var parents = Enumerable.Range(0, layout.Combos.Count).Where(s => level[s] == l - 1 && sizes[s] >= 0 && ViewServed(problem, sizes[s])).ToList();
            foreach (var parent in parents)
                for (var k = 0; k < layout.Slicers; k++)
                {
                    if (layout.Combos[parent][k] >= 0) continue;
                    var children = layout.Children(parent, k).ToList();
                    foreach (var child in children.Where(c => sizes[c] < 0))
                        sizes[child] = problem.AddCell(Matching(atomValues, layout.Combos[child]));
                    // The n of a chart is never a complement: hiding it would withhold every percentage of the chart.
                    var cell = problem.AddCell(Matching(atomValues, layout.Combos[parent]).Where(a => atomValues[a][k] >= 0), neverHidden: true);
                    answered[(parent, k)] = cell;
                    problem.AddRelation([sizes[parent], cell]);
                    problem.AddRelation([cell, .. children.Select(c => sizes[c])]);
                }
            var outcome = SecondarySuppression.Protect(problem, stopWhenUnprotectable: true);
            complements += outcome.Complements;
            solves += outcome.Solves;
            unprotectable = [.. outcome.Unprotectable];
            if (unprotectable.Count > 0)
            {
                // Nothing at this level protects a size: no combination of this many slicers is served at all.
                for (var c = 0; c < problem.CellCount; c++)
                    if (problem.CanComplement(c)) problem.HideAsComplement(c);
                break;
            }
        }
        return new PopulationProtection(problem, sizes, answered, new SuppressionOutcome(complements, solves, unprotectable));
    }

    private (Dictionary<string, ServedCount> Served, ProtectionProblem Problem, SuppressionOutcome Outcome) ProtectVariable(
        VariableCells variable, int rows, SelectionLayout layout, PopulationProtection population, string[] keys)
    {
        static int Own(int category, bool answered, int norm) => ((category + 1) * 2 + (answered ? 1 : 0)) * 3 + norm;
        var unset = Enumerable.Repeat(-1, layout.Slicers).ToArray();
        var emptyCategories = Enumerable.Range(0, variable.Categories.Count).Select(c => ((long)Own(c, true, variable.NormOf(c)), unset));
        var own = new int[variable.CategoryOfKind.Length];
        for (var k = 0; k < own.Length; k++) own[k] = Own(variable.CategoryOfKind[k], variable.AnsweredOfKind[k], variable.NormOfKind[k]);
        var (atomCounts, atomValues, atomOwn) = layout.Atoms(
            rows, variable.Kinds, own, Own(variable.Categories.Count - 1, true, 2), emptyCategories);
        var problem = new ProtectionProblem(atomCounts, Threshold);
        foreach (var (s, cell) in population.SizeCells.Select((c, s) => (s, c)).Where(x => x.c >= 0))
            problem.AddCell(Matching(atomValues, layout.Combos[s]), fixedMark: population.Problem.Marks[cell]);
        foreach (var ((s, k), cell) in population.AnsweredCells)
            problem.AddCell(Matching(atomValues, layout.Combos[s]).Where(a => atomValues[a][k] >= 0), fixedMark: population.Problem.Marks[cell]);

        bool Category(int atom, int category) => atomOwn[atom] / 6 - 1 == category;
        bool Answered(int atom) => atomOwn[atom] / 3 % 2 == 1;
        long Norm(int atom) => atomOwn[atom] % 3;
        var predicates = new List<(string Key, Func<int, bool> Holds)>();
        predicates.AddRange(variable.Categories.Select((c, i) => ("c:" + c.Code, (Func<int, bool>)(a => Category(a, i)))));
        predicates.Add((DatasetDisclosure.AnsweredKey, Answered));
        predicates.AddRange(variable.Groups.Select(g => (g.Key, (Func<int, bool>)(a => g.Members.Any(m => Category(a, m))))));
        if (variable.HasNorm)
        {
            predicates.Add((DatasetDisclosure.MetKey, a => Norm(a) == 1));
            predicates.Add((DatasetDisclosure.NotMetKey, a => Norm(a) == 2));
        }

        var served = Enumerable.Range(0, layout.Combos.Count)
            .Where(s => population.SizeCells[s] >= 0 && ViewServed(population.Problem, population.SizeCells[s])).ToList();
        var isServed = served.ToHashSet();
        var cells = new Dictionary<(int Combo, int Predicate), int>();
        foreach (var s in served)
        {
            var inSelection = Matching(atomValues, layout.Combos[s]).ToList();
            var answered = predicates.FindIndex(p => p.Key == DatasetDisclosure.AnsweredKey);
            for (var p = 0; p < predicates.Count; p++)
                cells[(s, p)] = problem.AddCell(inSelection.Where(predicates[p].Holds), neverHidden: p == answered);
            problem.AddRelation([.. Enumerable.Range(0, variable.Categories.Count).Select(p => cells[(s, p)]), cells[(s, answered)]]);
            foreach (var group in variable.Groups)
                problem.AddRelation([cells[(s, predicates.FindIndex(p => p.Key == group.Key))], .. group.Members.Select(m => cells[(s, m)])]);
            if (variable.HasNorm)
                problem.AddRelation([cells[(s, predicates.Count - 2)], cells[(s, predicates.Count - 1)], cells[(s, answered)]]);
        }
        foreach (var s in served)
            for (var k = 0; k < layout.Slicers; k++)
            {
                if (layout.Combos[s][k] >= 0) continue;
                var children = layout.Children(s, k).Where(isServed.Contains).ToList();
                for (var p = 0; p < predicates.Count; p++)
                    problem.AddRelation([cells[(s, p)], .. children.Select(c => cells[(c, p)])]);
            }

        var outcome = SecondarySuppression.Protect(
            problem, cells.Values.Where(problem.IsFixed).ToHashSet(), stopWhenUnprotectable: true);
        if (outcome.Unprotectable.Count > 0)
        {
            // Fixed subgroup sizes pin a cell whatever this variable hides: withhold the variable in every selection.
            for (var c = 0; c < problem.CellCount; c++)
                if (problem.CanComplement(c)) problem.HideAsComplement(c);
        }
        var result = new Dictionary<string, ServedCount>(StringComparer.Ordinal);
        foreach (var ((s, p), cell) in cells)
            result[$"{keys[s]}|{predicates[p].Key}"] = Served(problem, cell);
        return (result, problem, outcome);
    }

    private bool ViewServed(ProtectionProblem problem, int sizeCell) =>
        !problem.IsHidden(sizeCell) && (problem.Values[sizeCell] >= MinimumSubgroup || problem.Values[sizeCell] == problem.Total);

    private static IEnumerable<int> Matching(int[][] atomValues, int[] combo) =>
        Enumerable.Range(0, atomValues.Length).Where(a => combo.Select((v, k) => v < 0 || atomValues[a][k] == v).All(x => x));

    private static ServedCount Served(ProtectionProblem problem, int cell) =>
        problem.IsHidden(cell) ? new ServedCount(null, problem.Marks[cell]) : ServedCount.Of(problem.Values[cell]);

    private static string Key(int[] combo, IReadOnlyList<RespondentSlicer> slicers, IReadOnlyList<ServedCategories> categories) =>
        new RespondentSelection(combo.Select((v, k) => (v, k)).Where(x => x.v >= 0)
            .Select(x => new KeyValuePair<string, string>(slicers[x.k].Id, categories[x.k].Categories[x.v].Code)), slicers).Key;

    private sealed record PopulationProtection(ProtectionProblem Problem, int[] SizeCells, Dictionary<(int Combo, int Slicer), int> AnsweredCells,
        SuppressionOutcome Outcome);
}
