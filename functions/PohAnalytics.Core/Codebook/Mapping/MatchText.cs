using System.Text;

namespace PohAnalytics.Core.Codebook.Mapping;

/// <summary>
/// The loose form of a value or header used for automatic mapping and suggestions: <see cref="TextNormalizer"/>, then
/// punctuation as spaces and Dutch and English articles left out ("Employed by the GP-practice" → "employed by gp practice").
/// </summary>
public static class MatchText
{
    // InvariantGlobalization makes string.Normalize leave non-ASCII letters composed, so accents are folded by table.
    private const string Accented = "àáâãäåāăąçćčďèéêëēĕėęěìíîïĩīĭįñńňòóôõöøōŏőùúûüũūŭůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeeiiiiiiiinnnooooooooouuuuuuuuuuyyzzz";
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an", "de", "het", "een" };

    /// <summary>The loose form; a text that is nothing but articles keeps them ("een" stays "een", as it means "one").</summary>
    public static string Loose(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        foreach (var ch in normalized)
        {
            var accent = Accented.IndexOf(ch, StringComparison.Ordinal);
            var kept = char.IsLetterOrDigit(ch) || ch is '<' or '>' or '≥' or '≤' or '+' or '%';
            builder.Append(accent >= 0 ? Plain[accent] : kept ? ch : ' ');
        }
        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var content = words.Where(w => !Articles.Contains(w)).ToArray();
        return string.Join(' ', content.Length > 0 ? content : words);
    }
}
