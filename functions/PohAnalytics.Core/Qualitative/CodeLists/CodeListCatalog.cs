namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>The known code lists; recognises which one an export's header row belongs to.</summary>
public sealed class CodeListCatalog
{
    private readonly List<CodeListHeaderMatcher> _matchers;

    /// <summary>A catalog of the given code lists (the first wins on an equal match).</summary>
    public CodeListCatalog(IEnumerable<CodeListDefinition> codeLists) =>
        _matchers = codeLists.Select(c => new CodeListHeaderMatcher(c)).ToList();

    /// <summary>The code lists that ship with the product.</summary>
    public static CodeListCatalog BuiltIn() => new(CodeListLoader.LoadBuiltIn());

    /// <summary>The code lists.</summary>
    public IReadOnlyList<CodeListDefinition> CodeLists => _matchers.Select(m => m.CodeList).ToList();

    /// <summary>The code list with this id.</summary>
    public CodeListDefinition this[string id] =>
        CodeLists.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No code list '{id}'.");

    /// <summary>
    /// The layout of the best-matching code list for a header row, or null when no code list has a code column
    /// and at least <paramref name="minKnownHeaders"/> known headers in it.
    /// </summary>
    public CodedColumnLayout? Match(IReadOnlyList<string?> headerCells, int minKnownHeaders = 2)
    {
        CodedColumnLayout? best = null;
        foreach (var matcher in _matchers)
        {
            var layout = matcher.Map(headerCells);
            if (layout.Codes.Count == 0 || layout.KnownHeaders < minKnownHeaders) continue;
            if (best is null || layout.KnownHeaders > best.KnownHeaders) best = layout;
        }
        return best;
    }

    /// <summary>Known headers of the best-matching code list (zero when none has a code column); used to find the header row.</summary>
    public int CountKnownHeaders(IReadOnlyList<string?> cells) =>
        _matchers.Select(m => m.CountKnownHeaders(cells)).DefaultIfEmpty(0).Max();
}
