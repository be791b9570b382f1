using System.Text.RegularExpressions;

namespace PohAnalytics.Core.Codebook;

/// <summary>The compiled personal-data rules: recognises personal-data headers and values.</summary>
public sealed class PersonalDataPatterns
{
    private readonly List<Regex> _headers;
    private readonly List<Regex> _values;

    /// <summary>Compiles the rules.</summary>
    public PersonalDataPatterns(PersonalDataRules rules)
    {
        _headers = rules.HeaderPatterns.Select(Compile).ToList();
        _values = rules.ValuePatterns.Values.Select(Compile).ToList();
        ValueShareThreshold = rules.ValueShareThreshold;
    }

    /// <summary>Share of non-empty sampled values that must look personal for a column to be dropped.</summary>
    public double ValueShareThreshold { get; }

    /// <summary>Whether a header names personal data (name, e-mail, phone, address…).</summary>
    public bool IsPersonalHeader(string? header)
    {
        var normalized = TextNormalizer.Normalize(header);
        return normalized.Length > 0 && _headers.Any(r => r.IsMatch(normalized));
    }

    /// <summary>Whether a value looks like an e-mail address, phone number or postcode.</summary>
    public bool LooksPersonal(string text) => _values.Any(r => r.IsMatch(text.Trim()));

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
