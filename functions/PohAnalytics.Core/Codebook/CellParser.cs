using System.Globalization;
using System.Runtime.CompilerServices;
using PohAnalytics.Core.Codebook.Mapping;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Codebook;

/// <summary>Parses export cells into canonical values: decimal commas, "85%", Dutch and English labels, checkboxes.</summary>
public sealed class CellParser
{
    private readonly HashSet<string> _missing;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _missingSpans;
    private readonly Dictionary<string, Dictionary<string, CategoryDefinition>> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (HashSet<string> Checked, HashSet<string> Unchecked)> _checkboxes = new(StringComparer.Ordinal);
    private readonly PersonalDataPatterns _personalData;
    private readonly MappingSuggester _suggester;
    private readonly int _maxLabelChars;
    private const int MaxStackChars = 128;

    /// <summary>
    /// Builds the value-alias index of a codebook. An open-category answer longer than <paramref name="maxLabelChars"/>
    /// is refused with its length, as it would be served as a label.
    /// </summary>
    public CellParser(CodebookDefinition codebook, int maxLabelChars = 200)
    {
        _maxLabelChars = maxLabelChars;
        _missing = codebook.MissingValues.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        _missingSpans = _missing.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var variable in codebook.Variables)
        {
            if (variable.IsCategorical)
            {
                var index = new Dictionary<string, CategoryDefinition>(StringComparer.Ordinal);
                foreach (var category in variable.Categories)
                    foreach (var alias in category.Aliases.Append(category.Code).Append(category.Label.Nl).Append(category.Label.En))
                        index.TryAdd(TextNormalizer.Normalize(alias), category);
                _categories[variable.Id] = index;
            }
            if (variable.Type == VariableType.MultiResponse)
                _checkboxes[variable.Id] = (
                    variable.CheckedValues.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal),
                    variable.UncheckedValues.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal));
        }
        _personalData = new PersonalDataPatterns(codebook.PersonalData);
        _suggester = new MappingSuggester(codebook);
    }

    /// <summary>Parses a cell of a mapped column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CellValue Parse(MappedColumn column, string? raw)
    {
        var text = raw?.Trim() ?? "";
        var variable = column.Variable;
        if (variable.Type == VariableType.MultiResponse)
            return ParseCheckbox(column, text);
        if (text.Length == 0 || IsMissing(text))
            return CellValue.Empty;
        return variable.Type switch
        {
            VariableType.Number => ParseNumber(variable, text),
            VariableType.Identifier => FindPersonal(text) is { } personal ? CellValue.Personal(personal) : new CellValue { Text = text },
            _ => ParseCategory(variable, text),
        };
    }

    /// <summary>Checks a number against a variable's limits (also used for derived values).</summary>
    public static string? CheckRange(VariableDefinition variable, double value)
    {
        if (variable.Integer && Math.Abs(value - Math.Round(value)) > 1e-9)
            return "not a whole number";
        if ((variable.Min is { } min && value < min) || (variable.Max is { } max && value > max))
            return $"out of range ({Format(variable.Min)}–{Format(variable.Max)})";
        return null;
    }

    /// <summary>Whether a value looks like personal data (e-mail address, phone number, BSN, postcode, address, name).</summary>
    public bool LooksPersonal(string text) => _personalData.LooksPersonal(text);

    /// <summary>What kind of personal data a value holds, or null (see <see cref="PersonalDataPatterns.Find"/>).</summary>
    public PersonalDataFinding? FindPersonal(string? text) => _personalData.Find(text);

    /// <summary>Reads a number written the Dutch way ("1,8", "1.234,5", "85%") or the English way ("1.8").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double? ParseDecimal(string text, bool allowPercent)
    {
        var s = text.Replace("\u00A0", "").Replace(" ", "");
        if (s.EndsWith('%'))
        {
            if (!allowPercent) return null;
            s = s[..^1];
        }
        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
            s = lastComma > lastDot ? s.Replace(".", "").Replace(',', '.') : s.Replace(",", "");
        else if (lastComma >= 0)
            s = s.Count(c => c == ',') == 1 ? s.Replace(',', '.') : s.Replace(",", "");
        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    // A unique value per row (a respondent number) is not parsed once per file, so it is lower-cased on the stack.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsMissing(string text)
    {
        if (text.Length > MaxStackChars || !TextNormalizer.IsPlainAscii(text))
            return _missing.Contains(TextNormalizer.Normalize(text));
        Span<char> lower = stackalloc char[text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        return _missingSpans.Contains(lower);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CellValue ParseNumber(VariableDefinition variable, string text)
    {
        if (ParseDecimal(text, variable.Percent) is not { } value)
            return CellValue.Invalid("not a number");
        return CheckRange(variable, value) is { } error ? CellValue.Invalid(error) : new CellValue { Number = value };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CellValue ParseCategory(VariableDefinition variable, string text)
    {
        var loose = false;
        if (!_categories[variable.Id].TryGetValue(TextNormalizer.Normalize(text), out var category))
        {
            category = _suggester.ExactLooseMatch(variable, text);
            loose = category is not null;
        }
        if (category is not null)
            return variable.Type == VariableType.Likert
                ? new CellValue
                {
                    Number = int.Parse(category.Code, CultureInfo.InvariantCulture), Text = category.Code, LooseMatch = loose,
                }
                : new CellValue { Text = category.Code, LooseMatch = loose };
        if (variable.OpenCategories && text.Length > _maxLabelChars)
            return CellValue.Invalid($"an open answer of {text.Length:N0} characters; a label may have at most {_maxLabelChars}");
        if (variable.OpenCategories)
            return FindPersonal(text) is { } personal ? CellValue.Personal(personal) : new CellValue { Text = text };
        return CellValue.Invalid("unknown category");
    }

    private CellValue ParseCheckbox(MappedColumn column, string text)
    {
        var variable = column.Variable;
        var normalized = TextNormalizer.Normalize(text);
        var (isChecked, isUnchecked) = _checkboxes[variable.Id];
        if (isChecked.Contains(normalized)) return new CellValue { Flag = true };
        if (isUnchecked.Contains(normalized)) return new CellValue { Flag = false };
        if (normalized.Length == 0 || _missing.Contains(normalized))
            return variable.WhenEmpty == EmptyMeaning.Unchecked ? new CellValue { Flag = false, IsEmpty = true } : CellValue.Empty;
        // Some survey tools write the option's own label into its column instead of "Ja".
        if (column.Option is { } option && option.Aliases.Append(option.Label.Nl).Any(a => TextNormalizer.Normalize(a) == normalized))
            return new CellValue { Flag = true };
        return CellValue.Invalid("not a checkbox value (expected e.g. Ja/1 or empty)");
    }

    private static string Format(double? bound) => bound?.ToString(CultureInfo.InvariantCulture) ?? "";
}
