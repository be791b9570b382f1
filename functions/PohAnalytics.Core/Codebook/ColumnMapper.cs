using System.Text.RegularExpressions;

namespace PohAnalytics.Core.Codebook;

/// <summary>Matches export headers to codebook variables through their aliases, after normalisation.</summary>
public sealed partial class ColumnMapper
{
    private readonly Dictionary<string, VariableDefinition> _byHeader = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, VariableDefinition Variable)> _bracketPrefixes = [];
    private readonly Dictionary<(string VariableId, string Alias), CategoryDefinition> _options = [];
    private readonly PersonalDataPatterns _personalData;

    /// <summary>The reason given for a header that is no alias of any variable.</summary>
    public const string NotInCodebook = "not in the codebook";

    /// <summary>Builds the alias index of a codebook.</summary>
    public ColumnMapper(CodebookDefinition codebook)
    {
        foreach (var variable in codebook.Variables)
        {
            foreach (var header in variable.Headers.Append(variable.Id))
                _byHeader.TryAdd(TextNormalizer.Normalize(header), variable);
            if (variable.Type != VariableType.MultiResponse) continue;
            foreach (var prefix in variable.BracketPrefixes)
                _bracketPrefixes.Add((TextNormalizer.Normalize(prefix), variable));
            foreach (var option in variable.Categories)
                foreach (var alias in option.Aliases.Append(option.Code).Append(option.Label.Nl).Append(option.Label.En))
                    _options.TryAdd((variable.Id, TextNormalizer.Normalize(alias)), option);
        }
        _personalData = new PersonalDataPatterns(codebook.PersonalData);
    }

    /// <summary>Maps one header row. The first column that claims a variable wins; later ones are reported as duplicates.</summary>
    public ColumnMapping Map(IReadOnlyList<string?> headers)
    {
        var mapped = new List<MappedColumn>();
        var unmapped = new List<SkippedColumn>();
        var personal = new List<SkippedColumn>();
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i]?.Trim() ?? "";
            var match = Match(header);
            if (match is null)
            {
                if (_personalData.IsPersonalHeader(header))
                    personal.Add(new SkippedColumn(i, header, "personal data (column name)"));
                else if (header.Length > 0)
                    unmapped.Add(new SkippedColumn(i, header, NotInCodebook));
                continue;
            }
            var column = new MappedColumn(i, header, match.Value.Variable, match.Value.Option);
            if (claimed.TryGetValue(column.CanonicalName, out var first))
            {
                unmapped.Add(new SkippedColumn(i, header, $"duplicate of column \"{first}\" ({column.CanonicalName})"));
                continue;
            }
            claimed[column.CanonicalName] = header;
            mapped.Add(column);
        }
        return new ColumnMapping(mapped, unmapped, personal);
    }

    /// <summary>How many headers of a row are codebook variables; used to find the header row below title rows.</summary>
    public int CountKnownHeaders(IReadOnlyList<string?> cells) => cells.Count(c => Match(c?.Trim() ?? "") is not null);

    private (VariableDefinition Variable, CategoryDefinition? Option)? Match(string header)
    {
        var normalized = TextNormalizer.Normalize(header);
        if (normalized.Length == 0) return null;
        if (_byHeader.TryGetValue(normalized, out var variable) && variable.Type != VariableType.MultiResponse)
            return (variable, null);

        var bracket = BracketHeader().Match(normalized);
        foreach (var (prefix, multi) in _bracketPrefixes)
        {
            if (bracket.Success && bracket.Groups["prefix"].Value.Trim() == prefix
                && _options.TryGetValue((multi.Id, bracket.Groups["option"].Value.Trim()), out var option))
                return (multi, option);
            // Machine-made exports flatten "Opleiding [SPV]" to "opleiding_spv": the option alias carries the prefix.
            if (normalized.StartsWith(prefix, StringComparison.Ordinal) && _options.TryGetValue((multi.Id, normalized), out option))
                return (multi, option);
        }
        return null;
    }

    [GeneratedRegex(@"^(?<prefix>[^\[]+)\[(?<option>.+)\]$")]
    private static partial Regex BracketHeader();
}
