using System.Globalization;
using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Registry;
using PohAnalytics.Core.Statistics.Norms;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// What is served of one variable per respondent: the served category, whether it was answered, whether the norm is met,
/// and the category groups (codebook groups, benchmark groups, Likert agreement) that pages publish as one number.
/// A multi-response option is its own variable with the categories "yes" and "no" over the respondents asked.
/// </summary>
internal sealed class VariableCells
{
    private VariableCells(string id, IReadOnlyList<(string Code, LocalizedText Label)> categories, int[]? kinds, int[] categoryOfKind,
        bool[] answeredOfKind, byte[] normOfKind, bool hasNorm, IReadOnlyList<(string Key, int[] Members)> groups)
    {
        Id = id;
        Categories = categories;
        Kinds = kinds;
        CategoryOfKind = categoryOfKind;
        AnsweredOfKind = answeredOfKind;
        NormOfKind = normOfKind;
        HasNorm = hasNorm;
        Groups = groups;
    }

    /// <summary>Variable id (multi-response options: <c>variable__option</c>, as the curated column).</summary>
    public string Id { get; }

    /// <summary>Served categories.</summary>
    public IReadOnlyList<(string Code, LocalizedText Label)> Categories { get; }

    /// <summary>
    /// Each respondent's kind (a distinct code, value or tick; −1 where missing), or null when every respondent is missing.
    /// Respondents of one kind share category, answer and norm state, which the tables below hold at index kind + 1.
    /// </summary>
    public int[]? Kinds { get; }

    /// <summary>Category index per kind (−1: none).</summary>
    public int[] CategoryOfKind { get; }

    /// <summary>Whether the respondents of a kind answered.</summary>
    public bool[] AnsweredOfKind { get; }

    /// <summary>Norm state per kind: 0 not evaluated, 1 meets the norm, 2 does not.</summary>
    public byte[] NormOfKind { get; }

    /// <summary>The norm state of the respondents of a category (1 meets, 2 does not, 0 mixed or none), for empty atoms.</summary>
    public int NormOf(int category)
    {
        _normStates ??= NormStates();
        var seen = _normStates[category];
        return seen is 1 or 2 or 4 ? System.Numerics.BitOperations.Log2((uint)seen) : HasNorm ? 1 : 0;
    }

    private int[]? _normStates;

    // Per category, a bit per norm state of its kinds (every kind but a tick occurs in the data; ticks have no norm).
    private int[] NormStates()
    {
        var seen = new int[Categories.Count];
        for (var k = 1; k < CategoryOfKind.Length; k++)
            if (CategoryOfKind[k] >= 0) seen[CategoryOfKind[k]] |= 1 << NormOfKind[k];
        return seen;
    }

    /// <summary>Whether the variable has a norm.</summary>
    public bool HasNorm { get; }

    /// <summary>Groups of categories served as one count, by key (<see cref="GroupKey"/>).</summary>
    public IReadOnlyList<(string Key, int[] Members)> Groups { get; }

    /// <summary>The key of a group of category codes.</summary>
    public static string GroupKey(IEnumerable<string> categories) => "g:" + string.Join('+', categories.Order(StringComparer.Ordinal));

    /// <summary>Key of the Likert agreement group.</summary>
    public const string AgreeKey = "agree";

    /// <summary>The codebook variables that are served (every one but identifiers).</summary>
    public static IEnumerable<VariableDefinition> Served(CodebookDefinition codebook) =>
        codebook.Variables.Where(v => v.Type != VariableType.Identifier);

    /// <summary>What is served of one variable (a multi-response variable: one per option).</summary>
    public static IEnumerable<VariableCells> Of(VariableDefinition variable, CuratedData data, int threshold, Func<string, bool> looksPersonal,
        IReadOnlyDictionary<string, List<IReadOnlyList<string>>> extraGroups)
    {
        if (variable.Type == VariableType.MultiResponse)
        {
            foreach (var option in variable.Categories)
            {
                // Kind 0 ticked, 1 not ticked, −1 not asked.
                var flags = data.Flags($"{variable.Id}__{option.Code}");
                var kinds = flags is null ? null : Array.ConvertAll(flags, f => f switch { true => 0, false => 1, null => -1 });
                yield return new VariableCells($"{variable.Id}__{option.Code}",
                    [("yes", option.Label), ("no", new LocalizedText("Niet aangekruist", "Not ticked"))], kinds,
                    [-1, 0, 1], [false, true, true], new byte[3], false, []);
            }
            yield break;
        }
        var served = ServedCategories.IsDistribution(variable) ? ServedCategories.Of(variable, data, threshold, looksPersonal) : null;
        var categories = served?.Categories ?? [];
        static byte State(bool? meets) => meets switch { true => 1, false => 2, null => 0 };
        // Category, answer and norm are decided once per distinct code or value.
        int[] rows;
        bool[] answered;
        byte[] norm;
        if (variable.Type == VariableType.Number)
        {
            (rows, var values) = NumberKinds.Of(data, variable.Id);
            answered = [false, .. values.Select(_ => true)];
            norm = variable.Norm is { } definition
                ? [0, .. values.Select(v => State(NormCompliance.Meets(definition, v)))]
                : new byte[values.Length + 1];
        }
        else
        {
            var coded = data.Coded(variable.Id);
            rows = coded.Rows;
            answered = [false, .. coded.Values.Select(_ => true)];
            norm = variable.Norm is { } definition
                ? [0, .. coded.Values.Select(c => State(NormCompliance.Meets(definition, c)))]
                : new byte[coded.Values.Length + 1];
        }
        // A number without bins (or a text variable) has no served category: every kind maps to none.
        var categoryOfKind = served is null ? Enumerable.Repeat(-1, answered.Length).ToArray() : served.CategoryOfKind;
        yield return new VariableCells(variable.Id, categories, rows, categoryOfKind, answered, norm, variable.Norm is not null,
            GroupsOf(variable, categories, extraGroups.GetValueOrDefault(variable.Id) ?? []));
    }

    private static List<(string Key, int[] Members)> GroupsOf(VariableDefinition variable, IReadOnlyList<(string Code, LocalizedText Label)> categories,
        IEnumerable<IReadOnlyList<string>> extra)
    {
        var position = categories.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var groups = variable.CategoryGroups.Select(g => g.Categories).Concat(extra).Where(g => g.Count > 1)
            .Select(g => (Key: GroupKey(g), Members: g.Where(position.ContainsKey).Select(c => position[c]).ToArray()))
            .ToList();
        if (variable.Type == VariableType.Likert && variable.AgreeFrom is { } from)
            groups.Add((AgreeKey, categories.Select((c, i) => (c, i))
                .Where(x => int.TryParse(x.c.Code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) && score >= from)
                .Select(x => x.i).ToArray()));
        return groups.GroupBy(g => g.Key).Select(g => g.First()).ToList();
    }
}
