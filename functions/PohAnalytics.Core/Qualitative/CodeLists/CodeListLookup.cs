using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>Resolves cell texts to themes, codes and attribute categories of one code list (after normalisation).</summary>
public sealed class CodeListLookup
{
    private readonly CodeListDefinition _codeList;
    private readonly Dictionary<string, ThemeDefinition> _themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(ThemeDefinition Theme, CategoryDefinition Code)>> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, CategoryDefinition>> _categories = new(StringComparer.Ordinal);

    /// <summary>Builds the alias index of a code list.</summary>
    public CodeListLookup(CodeListDefinition codeList)
    {
        _codeList = codeList;
        foreach (var theme in codeList.Themes)
        {
            foreach (var name in theme.Aliases.Append(theme.Code).Append(theme.Label.Nl).Append(theme.Label.En))
                _themes.TryAdd(TextNormalizer.Normalize(name), theme);
            foreach (var code in theme.Codes)
                foreach (var name in Names(code).Distinct())
                {
                    if (!_codes.TryGetValue(name, out var entries)) _codes[name] = entries = [];
                    entries.Add((theme, code));
                }
        }
        foreach (var attribute in codeList.Attributes)
        {
            var index = new Dictionary<string, CategoryDefinition>(StringComparer.Ordinal);
            foreach (var category in attribute.Categories)
                foreach (var name in Names(category))
                    index.TryAdd(name, category);
            _categories[attribute.Id] = index;
        }
    }

    /// <summary>The normalised names a category or code is matched by: code, labels and aliases.</summary>
    public static IEnumerable<string> Names(CategoryDefinition category) =>
        category.Aliases.Append(category.Code).Append(category.Label.Nl).Append(category.Label.En).Select(TextNormalizer.Normalize);

    /// <summary>The theme a cell names, or null.</summary>
    public ThemeDefinition? Theme(string? text) => _themes.GetValueOrDefault(TextNormalizer.Normalize(text));

    /// <summary>
    /// Resolves a code cell, within the theme when one is given. Returns the theme and code, or the reason the text
    /// is refused (unknown code, code of another theme, or a label used under several themes without a theme).
    /// </summary>
    public (ThemeDefinition Theme, CategoryDefinition Code)? Code(string text, ThemeDefinition? theme, out string? reason)
    {
        reason = null;
        var candidates = _codes.GetValueOrDefault(TextNormalizer.Normalize(text)) ?? [];
        if (theme is not null)
        {
            foreach (var candidate in candidates)
                if (candidate.Theme == theme) return candidate;
            reason = candidates.Count > 0
                ? $"code belongs to theme \"{candidates[0].Theme.Label.Nl}\", not \"{theme.Label.Nl}\""
                : $"unknown code (not in code list {_codeList.Id} {_codeList.Version}, theme \"{theme.Label.Nl}\")";
            return null;
        }
        if (candidates.Count == 1) return candidates[0];
        reason = candidates.Count == 0
            ? $"unknown code (not in code list {_codeList.Id} {_codeList.Version})"
            : $"ambiguous code: it names a code under {candidates.Count} themes; the file needs a theme column";
        return null;
    }

    /// <summary>
    /// Resolves an attribute cell to stored category codes (several joined by <see cref="RespondentAttribute.StoredSeparator"/>),
    /// keeping unlisted values as written when the attribute is open. Returns null with a reason for an unknown value.
    /// </summary>
    public string? Category(RespondentAttribute attribute, string text, out string? reason)
    {
        reason = null;
        var parts = attribute.MultipleSeparator is { Length: > 0 } separator
            ? text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [text.Trim()];
        var codes = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (_categories[attribute.Id].TryGetValue(TextNormalizer.Normalize(part), out var category))
                codes.Add(category.Code);
            else if (attribute.OpenCategories)
                codes.Add(part);
            else
            {
                reason = $"unknown category of {attribute.Label.Nl}";
                return null;
            }
        }
        return string.Join(RespondentAttribute.StoredSeparator, codes.Distinct());
    }
}
