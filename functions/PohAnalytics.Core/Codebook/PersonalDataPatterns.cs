using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Codebook;

/// <summary>
/// The personal-data rules in force: recognises personal-data headers, and values by the built-in
/// <see cref="PersonalDataScreen"/> plus the value patterns the codebook adds. The one place that decides whether a
/// value looks personal.
/// </summary>
public sealed class PersonalDataPatterns
{
    private readonly List<Regex> _headers;
    private readonly List<(PersonalDataKind Kind, Regex Pattern)> _values;
    private readonly PersonalDataScreen _screen;
    // Value patterns run on every identifier cell (a unique value per row); compiled once per process, they cost a
    // fraction of the interpreter's time, and a pipeline per upload would otherwise compile them again.
    private static readonly ConcurrentDictionary<string, Regex> CompiledValuePatterns = new(StringComparer.Ordinal);
    private const int MaxCompiledValuePatterns = 256;

    /// <summary>Compiles the rules.</summary>
    public PersonalDataPatterns(PersonalDataRules rules)
    {
        _headers = rules.HeaderPatterns.Select(Compile).ToList();
        _values = rules.ValuePatterns
            .Select(p => (KindOf(p.Key), ValuePattern(p.Value)))
            .ToList();
        ValueShareThreshold = rules.ValueShareThreshold;
        _screen = PersonalDataScreen.Default;
    }

    /// <summary>Share of non-empty sampled values that must look personal for a column to be dropped.</summary>
    public double ValueShareThreshold { get; }

    /// <summary>Whether a header names personal data (name, e-mail, phone, address…).</summary>
    public bool IsPersonalHeader(string? header)
    {
        var normalized = TextNormalizer.Normalize(header);
        return normalized.Length > 0 && _headers.Any(r => r.IsMatch(normalized));
    }

    /// <summary>
    /// What kind of personal data a value holds (e-mail address, phone number, BSN, postcode, street address,
    /// person's name), or null when it looks harmless.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PersonalDataFinding? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (_screen.Find(text) is { } found) return found;
        var trimmed = text.Trim();
        try
        {
            foreach (var (kind, pattern) in _values)
                if (pattern.IsMatch(trimmed)) return new PersonalDataFinding(kind);
        }
        catch (RegexMatchTimeoutException)
        {
            return new PersonalDataFinding(PersonalDataKind.Other);
        }
        return null;
    }

    /// <summary>Whether a value looks like personal data of any kind (see <see cref="Find"/>).</summary>
    public bool LooksPersonal(string? text) => Find(text) is not null;

    /// <summary>The kind a codebook value pattern stands for, by its name ("e-mail address", "phone number"…).</summary>
    private static PersonalDataKind KindOf(string name)
    {
        var n = TextNormalizer.Normalize(name);
        bool Has(params string[] words) => words.Any(w => n.Contains(w, StringComparison.Ordinal));
        return Has("mail") ? PersonalDataKind.Email
            : Has("phone", "telefoon") ? PersonalDataKind.Phone
            : Has("bsn") ? PersonalDataKind.Bsn
            : Has("postcode", "zip") ? PersonalDataKind.Postcode
            : Has("address", "adres") ? PersonalDataKind.StreetAddress
            : Has("name", "naam") ? PersonalDataKind.PersonName
            : PersonalDataKind.Other;
    }

    private static Regex Compile(string pattern) => Compile(pattern, RegexOptions.None);

    private static Regex ValuePattern(string pattern) =>
        CompiledValuePatterns.TryGetValue(pattern, out var compiled) ? compiled
        : CompiledValuePatterns.Count < MaxCompiledValuePatterns
            ? CompiledValuePatterns.GetOrAdd(pattern, p => Compile(p, RegexOptions.Compiled))
            : Compile(pattern);

    private static Regex Compile(string pattern, RegexOptions extra) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | extra, TimeSpan.FromSeconds(1));
}
