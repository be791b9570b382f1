using F23.StringSimilarity;

namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>
/// Suggests codebook categories for unknown values and variables for unmapped headers: both sides in their loose form
/// (<see cref="MatchText"/>), scored by normalised Levenshtein similarity (F23.StringSimilarity) against every alias and
/// both the Dutch and the English label; the best score per category or variable counts.
/// </summary>
public sealed class MappingSuggester
{
    /// <summary>Suggestions scoring below this are not shown.</summary>
    public const double MinimumScore = 0.4;

    private static readonly NormalizedLevenshtein Levenshtein = new();
    private readonly CodebookDefinition _codebook;
    private readonly Dictionary<string, Dictionary<string, CategoryDefinition>> _looseCategories = new(StringComparer.Ordinal);

    /// <summary>Indexes a codebook.</summary>
    public MappingSuggester(CodebookDefinition codebook)
    {
        _codebook = codebook;
        foreach (var variable in codebook.Variables.Where(v => v.IsCategorical))
        {
            var index = new Dictionary<string, CategoryDefinition>(StringComparer.Ordinal);
            var ambiguous = new HashSet<string>(StringComparer.Ordinal);
            foreach (var category in variable.Categories)
                foreach (var text in CategoryTexts(category))
                {
                    var key = MatchText.Loose(text);
                    if (key.Length == 0) continue;
                    if (index.TryGetValue(key, out var other) && other.Code != category.Code) ambiguous.Add(key);
                    else index[key] = category;
                }
            foreach (var key in ambiguous) index.Remove(key);
            _looseCategories[variable.Id] = index;
        }
    }

    /// <summary>The texts a category is known by: aliases, code and both labels.</summary>
    public static IEnumerable<string> CategoryTexts(CategoryDefinition category) =>
        category.Aliases.Append(category.Code).Append(category.Label.Nl).Append(category.Label.En);

    /// <summary>The texts a variable's column is known by: header aliases, id and both labels.</summary>
    public static IEnumerable<string> HeaderTexts(VariableDefinition variable) =>
        variable.Headers.Append(variable.Id).Append(variable.Label.Nl).Append(variable.Label.En);

    /// <summary>The one category whose loose form equals the value's, or null (none, or more than one).</summary>
    public CategoryDefinition? ExactLooseMatch(VariableDefinition variable, string? value) =>
        _looseCategories.TryGetValue(variable.Id, out var index) && index.TryGetValue(MatchText.Loose(value), out var category)
            ? category
            : null;

    /// <summary>The most likely categories of a variable for an unknown value, best first.</summary>
    public IReadOnlyList<CategorySuggestion> SuggestCategories(VariableDefinition variable, string? value, int max = 3)
    {
        var loose = MatchText.Loose(value);
        if (loose.Length == 0) return [];
        return variable.Categories
            .Select(c => (Category: c, Best: Best(loose, CategoryTexts(c))))
            .Select(x => new CategorySuggestion(x.Category.Code, x.Category.Label, Math.Round(x.Best.Score, 4), x.Best.Text))
            .Where(s => s.Score >= MinimumScore)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Category, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    /// <summary>The most likely variables for an unmapped header, best first.</summary>
    public IReadOnlyList<VariableSuggestion> SuggestVariables(string? header, int max = 3)
    {
        var loose = MatchText.Loose(header);
        if (loose.Length == 0) return [];
        return _codebook.Variables
            .Select(v => (Variable: v, Best: Best(loose, HeaderTexts(v))))
            .Select(x => new VariableSuggestion(x.Variable.Id, x.Variable.Label, Math.Round(x.Best.Score, 4), x.Best.Text))
            .Where(s => s.Score >= MinimumScore)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Variable, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    /// <summary>Similarity of two texts in their loose forms, 0 to 1.</summary>
    public static double Similarity(string? a, string? b) => Levenshtein.Similarity(MatchText.Loose(a), MatchText.Loose(b));

    private static (double Score, string Text) Best(string loose, IEnumerable<string> texts)
    {
        var best = (Score: 0.0, Text: "");
        foreach (var text in texts)
        {
            var score = Levenshtein.Similarity(loose, MatchText.Loose(text));
            if (score > best.Score) best = (score, text);
        }
        return best;
    }
}
