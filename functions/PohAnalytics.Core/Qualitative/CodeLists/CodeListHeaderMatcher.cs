using System.Text.RegularExpressions;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Qualitative.CodeLists;

/// <summary>Matches a header row against one code list: respondent id, attribute, theme and code columns.</summary>
public sealed class CodeListHeaderMatcher
{
    private readonly CodeListDefinition _codeList;
    private readonly HashSet<string> _respondentId;
    private readonly Dictionary<string, RespondentAttribute> _attributes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _themeHeaders;
    private readonly HashSet<string> _codeHeaders;
    private readonly List<Regex> _codePatterns;

    /// <summary>Builds the header index of a code list.</summary>
    public CodeListHeaderMatcher(CodeListDefinition codeList)
    {
        _codeList = codeList;
        _respondentId = Normalized(codeList.RespondentId.Headers);
        foreach (var attribute in codeList.Attributes)
            foreach (var header in attribute.Headers.Append(attribute.Id))
                _attributes.TryAdd(TextNormalizer.Normalize(header), attribute);
        _themeHeaders = Normalized(codeList.CodeColumns.ThemeHeaders);
        _codeHeaders = Normalized(codeList.CodeColumns.CodeHeaders);
        _codePatterns = codeList.CodeColumns.HeaderPatterns.Select(PatternRegex).ToList();
    }

    /// <summary>The code list matched.</summary>
    public CodeListDefinition CodeList => _codeList;

    /// <summary>Maps a header row; the first column claiming a role wins, later ones are reported as duplicates.</summary>
    public CodedColumnLayout Map(IReadOnlyList<string?> headers)
    {
        LayoutColumn? respondentId = null, theme = null;
        var attributes = new List<AttributeColumn>();
        var codes = new List<(int Number, LayoutColumn Column)>();
        var unmapped = new List<SkippedColumn>();
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i]?.Trim() ?? "";
            var normalized = TextNormalizer.Normalize(header);
            if (normalized.Length == 0) continue;
            var column = new LayoutColumn(i, header);
            var role = Role(normalized, out var attribute, out var number);
            if (role is null)
            {
                unmapped.Add(new SkippedColumn(i, header, $"not in code list {_codeList.Id}"));
                continue;
            }
            if (!claimed.TryAdd(role, header))
            {
                unmapped.Add(new SkippedColumn(i, header, $"duplicate of column \"{claimed[role]}\""));
                continue;
            }
            switch (role)
            {
                case "respondent_id": respondentId = column; break;
                case "theme": theme = column; break;
                case var _ when attribute is not null: attributes.Add(new AttributeColumn(column, attribute)); break;
                default: codes.Add((number, column)); break;
            }
        }
        return new CodedColumnLayout
        {
            CodeList = _codeList,
            RespondentId = respondentId,
            Attributes = attributes,
            Theme = theme,
            Codes = codes.OrderBy(c => c.Number).Select(c => c.Column).ToList(),
            Unmapped = unmapped,
            KnownHeaders = claimed.Count,
        };
    }

    /// <summary>How many cells of a row are headers of this code list; zero unless at least one code column is among them.</summary>
    public int CountKnownHeaders(IReadOnlyList<string?> cells)
    {
        var layout = Map(cells);
        return layout.Codes.Count == 0 ? 0 : layout.KnownHeaders;
    }

    private string? Role(string normalized, out RespondentAttribute? attribute, out int number)
    {
        attribute = null;
        number = 0;
        if (_respondentId.Contains(normalized)) return "respondent_id";
        if (_attributes.TryGetValue(normalized, out attribute)) return "attribute:" + attribute.Id;
        if (_codeList.Shape == CodeListShape.Long)
        {
            if (_themeHeaders.Contains(normalized)) return "theme";
            return _codeHeaders.Contains(normalized) ? "code" : null;
        }
        foreach (var pattern in _codePatterns)
        {
            var match = pattern.Match(normalized);
            if (match.Success && int.TryParse(match.Groups["n"].Value, out number)) return "code:" + number;
        }
        return null;
    }

    private static HashSet<string> Normalized(IEnumerable<string> headers) =>
        headers.Select(TextNormalizer.Normalize).Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static Regex PatternRegex(string pattern)
    {
        var parts = TextNormalizer.Normalize(pattern).Split("{n}");
        return new Regex("^" + string.Join(@"(?<n>\d+)", parts.Select(Regex.Escape)) + "$",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
