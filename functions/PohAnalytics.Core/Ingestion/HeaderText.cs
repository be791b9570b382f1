using System.Globalization;
using System.Text;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Folds the characters that make a header look right but match nothing: compatibility forms NFKC would fold
/// (full-width letters, ligatures, no-break and zero-width spaces) and Cyrillic or Greek letters that look Latin.
/// The app runs with invariant globalization, where <see cref="string.Normalize(NormalizationForm)"/> leaves such text
/// unchanged, so the foldings are listed here.
/// </summary>
internal static class HeaderText
{
    private static readonly Dictionary<char, string> Foldings = BuildFoldings();

    /// <summary>The header with look-alikes folded, and a warning naming what was folded (null when nothing was).</summary>
    public static string? Normalise(string? header, out string? warning)
    {
        warning = null;
        if (header is null || IsAscii(header)) return header;
        var builder = new StringBuilder(header.Length);
        var folded = new List<string>();
        var latin = header.Any(char.IsAsciiLetter);
        foreach (var ch in header)
        {
            if (Foldings.TryGetValue(ch, out var replacement) && (latin || !IsLookAlikeLetter(ch)))
            {
                builder.Append(replacement);
                folded.Add(string.Create(CultureInfo.InvariantCulture, $"U+{(int)ch:X4}"));
            }
            else builder.Append(ch);
        }
        if (folded.Count == 0)
        {
            if (latin && header.Any(IsLookAlikeLetter))
                warning = $"Header \"{header}\" mixes Latin with Cyrillic or Greek letters.";
            return header;
        }
        var result = builder.ToString();
        var what = header.Any(IsLookAlikeLetter)
            ? "mixes Latin with Cyrillic or Greek look-alike letters"
            : "holds compatibility or invisible characters";
        warning = $"Header \"{header}\" {what} ({string.Join(", ", folded.Distinct())}); read as \"{result}\".";
        return result;
    }

    private static bool IsAscii(string text)
    {
        foreach (var ch in text)
            if (ch > 0x7F) return false;
        return true;
    }

    private static bool IsLookAlikeLetter(char ch) => ch is >= '\u0370' and <= '\u04FF';

    private static Dictionary<char, string> BuildFoldings()
    {
        var map = new Dictionary<char, string>
        {
            ['\u00A0'] = " ", ['\u2007'] = " ", ['\u202F'] = " ", ['\u3000'] = " ",
            ['\u200B'] = "", ['\u200C'] = "", ['\u200D'] = "", ['\u2060'] = "", ['\uFEFF'] = "", ['\u00AD'] = "",
            ['\uFB00'] = "ff", ['\uFB01'] = "fi", ['\uFB02'] = "fl", ['\uFB03'] = "ffi", ['\uFB04'] = "ffl",
            ['\u2010'] = "-", ['\u2011'] = "-", ['\u2012'] = "-", ['\u2013'] = "-", ['\u2212'] = "-",
        };
        for (var ch = '\uFF01'; ch <= '\uFF5E'; ch++)
            map[ch] = ((char)(ch - 0xFEE0)).ToString();
        // Cyrillic and Greek letters that render like Latin ones (the confusables a header is likely to carry).
        const string cyrillic = "аaеeоoрpсcуyхxіiјjѕsԁdһhԛqԝwАAВBЕEКKМMНHОOРPСCТTХXІIЈJЅS";
        const string greek = "αaοoνvρpτtιiκkΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";
        foreach (var pairs in new[] { cyrillic, greek })
            for (var i = 0; i < pairs.Length; i += 2)
                map[pairs[i]] = pairs[i + 1].ToString();
        return map;
    }
}
