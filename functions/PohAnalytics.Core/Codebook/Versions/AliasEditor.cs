namespace PohAnalytics.Core.Codebook.Versions;

/// <summary>
/// Adds value and header aliases to a codebook, all or nothing. Refuses an unknown variable or category, an alias that
/// already belongs to another category (or header to another variable), a value that means "empty", and an alias whose
/// normalised form (case, accents, punctuation, articles) equals another category's, which would make them ambiguous.
/// </summary>
public static class AliasEditor
{
    /// <summary>The changed codebook and one line per change; aliases already present are reported and left as they are.</summary>
    /// <exception cref="CodebookChangeException">A change is refused; the message names it and the reason.</exception>
    public static (CodebookDefinition Codebook, IReadOnlyList<string> Changes) Apply(
        CodebookDefinition codebook, IReadOnlyList<AliasChange> changes)
    {
        if (changes.Count == 0) throw new CodebookChangeException("No aliases given.");
        var variables = codebook.Variables.ToList();
        var lines = new List<string>();
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            var where = changes.Count == 1 ? "" : $"Alias {i + 1}: ";
            var index = variables.FindIndex(v => v.Id == change.Variable);
            if (index < 0)
                throw new CodebookChangeException($"{where}'{change.Variable}' is not a codebook variable.");
            var (variable, line) = (change.Header, change.Alias) switch
            {
                ({ } header, null) => AddHeader(variables, variables[index], header, where),
                (null, { } alias) => AddValue(codebook, variables[index], change.Category, alias, where),
                _ => throw new CodebookChangeException($"{where}give either 'alias' with 'category' (a value) or 'header' (a column)."),
            };
            variables[index] = variable;
            lines.Add(line);
        }
        return (codebook with { Variables = variables }, lines);
    }

    private static (VariableDefinition, string) AddHeader(
        List<VariableDefinition> variables, VariableDefinition variable, string header, string where)
    {
        var normalized = TextNormalizer.Normalize(header);
        if (normalized.Length == 0) throw new CodebookChangeException($"{where}the header is empty.");
        var owner = variables.FirstOrDefault(v => v.Headers.Append(v.Id).Any(h => TextNormalizer.Normalize(h) == normalized));
        if (owner is not null && owner.Id != variable.Id)
            throw new CodebookChangeException($"{where}header '{header}' already maps to variable '{owner.Id}'.");
        if (owner is not null) return (variable, $"header '{header}' of '{variable.Id}' was already known");
        return (variable with { Headers = [.. variable.Headers, header.Trim()] }, $"header '{header.Trim()}' → {variable.Id}");
    }

    private static (VariableDefinition, string) AddValue(
        CodebookDefinition codebook, VariableDefinition variable, string? code, string alias, string where)
    {
        if (!variable.IsCategorical)
            throw new CodebookChangeException(
                $"{where}'{variable.Id}' is a {variable.Type.ToString().ToLowerInvariant()} variable without value categories.");
        if (variable.OpenCategories)
            throw new CodebookChangeException($"{where}'{variable.Id}' accepts any value; it needs no aliases.");
        var category = variable.Categories.FirstOrDefault(c => c.Code == code)
            ?? throw new CodebookChangeException($"{where}'{code}' is not a category of '{variable.Id}' (known: "
                + string.Join(", ", variable.Categories.Select(c => c.Code)) + ").");
        var normalized = TextNormalizer.Normalize(alias);
        if (normalized.Length == 0) throw new CodebookChangeException($"{where}the alias is empty.");
        if (codebook.MissingValues.Any(m => TextNormalizer.Normalize(m) == normalized))
            throw new CodebookChangeException($"{where}'{alias}' means an empty answer in this codebook; it cannot be a category.");
        var owner = variable.Categories
            .FirstOrDefault(c => Mapping.MappingSuggester.CategoryTexts(c).Any(t => TextNormalizer.Normalize(t) == normalized));
        if (owner is not null && owner.Code != category.Code)
            throw new CodebookChangeException($"{where}'{alias}' already maps to category '{owner.Code}' of '{variable.Id}'.");
        if (owner is not null) return (variable, $"'{alias}' of {variable.Id} was already {category.Code}");
        var loose = Mapping.MatchText.Loose(alias);
        var rival = variable.Categories.Where(c => c.Code != category.Code)
            .FirstOrDefault(c => Mapping.MappingSuggester.CategoryTexts(c).Any(t => Mapping.MatchText.Loose(t) == loose));
        if (rival is not null)
            throw new CodebookChangeException($"{where}'{alias}' would make categories '{category.Code}' and '{rival.Code}' of "
                + $"'{variable.Id}' ambiguous: after normalisation both read '{loose}'.");
        var updated = category with { Aliases = [.. category.Aliases, alias.Trim()] };
        return (variable with { Categories = variable.Categories.Select(c => c.Code == category.Code ? updated : c).ToList() },
            $"'{alias.Trim()}' → {variable.Id}.{category.Code}");
    }
}
