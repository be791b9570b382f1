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
    private VariableCells(string id, IReadOnlyList<(string Code, LocalizedText Label)> categories, int[] category, bool[] answered, byte[] norm,
        bool hasNorm, IReadOnlyList<(string Key, int[] Members)> groups)
    {
        Id = id;
        Categories = categories;
        Category = category;
        Answered = answered;
        Norm = norm;
        HasNorm = hasNorm;
        Groups = groups;
    }

    /// <summary>Variable id (multi-response options: <c>variable__option</c>, as the curated column).</summary>
    public string Id { get; }

    /// <summary>Served categories.</summary>
    public IReadOnlyList<(string Code, LocalizedText Label)> Categories { get; }

    /// <summary>Category index per respondent (−1: none).</summary>
    public int[] Category { get; }

    /// <summary>Whether each respondent answered.</summary>
    public bool[] Answered { get; }

    /// <summary>0 not evaluated, 1 meets the norm, 2 does not.</summary>
    public byte[] Norm { get; }

    /// <summary>The norm state of the respondents of a category (1 meets, 2 does not, 0 mixed or none), for empty atoms.</summary>
    public int NormOf(int category)
    {
        _normStates ??= NormStates();
        var seen = _normStates[category];
        return seen is 1 or 2 or 4 ? System.Numerics.BitOperations.Log2((uint)seen) : HasNorm ? 1 : 0;
    }

    private int[]? _normStates;

    // One pass over the respondents: per category, a bit per norm state seen.
    private int[] NormStates()
    {
        var seen = new int[Categories.Count];
        for (var r = 0; r < Category.Length; r++)
            if (Category[r] >= 0) seen[Category[r]] |= 1 << Norm[r];
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
                var flags = data.Flags($"{variable.Id}__{option.Code}") ?? new bool?[data.RowCount];
                var category = new int[flags.Length];
                var ticked = new bool[flags.Length];
                for (var r = 0; r < flags.Length; r++)
                {
                    category[r] = flags[r] switch { true => 0, false => 1, null => -1 };
                    ticked[r] = category[r] >= 0;
                }
                yield return new VariableCells($"{variable.Id}__{option.Code}",
                    [("yes", option.Label), ("no", new LocalizedText("Niet aangekruist", "Not ticked"))], category,
                    ticked, new byte[data.RowCount], false, []);
            }
            yield break;
        }
        var served = ServedCategories.IsDistribution(variable) ? ServedCategories.Of(variable, data, threshold, looksPersonal) : null;
        var categories = served?.Categories ?? [];
        var index = served?.Rows ?? Enumerable.Repeat(-1, data.RowCount).ToArray();
        var answered = new bool[data.RowCount];
        var norm = new byte[data.RowCount];
        static byte State(bool? meets) => meets switch { true => 1, false => 2, null => 0 };
        if (variable.Type == VariableType.Number)
        {
            var numbers = data.Numbers(variable.Id) ?? new double?[data.RowCount];
            for (var r = 0; r < numbers.Length; r++)
            {
                answered[r] = numbers[r] is not null;
                if (variable.Norm is { } definition) norm[r] = State(NormCompliance.Meets(definition, numbers[r]));
            }
        }
        else
        {
            // Answered and the norm are decided once per distinct code.
            var coded = data.Coded(variable.Id);
            var states = variable.Norm is { } definition
                ? coded.Values.Select(c => State(NormCompliance.Meets(definition, c))).ToArray()
                : null;
            for (var r = 0; r < answered.Length; r++)
            {
                var k = coded.Rows[r];
                answered[r] = k >= 0;
                if (states is not null && k >= 0) norm[r] = states[k];
            }
        }
        yield return new VariableCells(variable.Id, categories, index, answered, norm, variable.Norm is not null,
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
