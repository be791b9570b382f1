using System.Globalization;
using System.Text;

namespace PohAnalytics.Core.Codebook;

/// <summary>Folds headers and labels to a comparable form: lower case, no diacritics, single spaces, no stray punctuation.</summary>
public static class TextNormalizer
{
    /// <summary>Normalises text for alias matching ("Patiëntgebonden  overleg:" → "patientgebonden overleg").</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        if (IsPlainAscii(text)) return text.ToLowerInvariant();
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            // Underscores and dashes separate words in machine-made headers (opleiding_spv) just as spaces do.
            if (char.IsWhiteSpace(ch) || ch is '_' or '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) { builder.Append(' '); pendingSpace = false; }
            builder.Append(char.ToLowerInvariant(ch));
        }
        return builder.ToString().TrimEnd(':', '.', ' ');
    }

    /// <summary>
    /// Whether <see cref="Normalize"/> only lower-cases the text: printable ASCII without spaces or underscores that does
    /// not end in a colon or full stop (most cells of an export, such as respondent numbers).
    /// </summary>
    public static bool IsPlainAscii(ReadOnlySpan<char> text) =>
        text.Length > 0 && !text.ContainsAnyExceptInRange('!', '~') && !text.Contains('_') && text[^1] is not (':' or '.');
}
