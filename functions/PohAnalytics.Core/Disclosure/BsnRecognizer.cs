using System.Text.RegularExpressions;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Finds citizen service numbers (BSN): nine digits (or eight, when a spreadsheet dropped the leading zero), written
/// plain or grouped ("1234.56.782", "123 456 782"), that pass the eleven test — or any such number labelled "BSN".
/// </summary>
internal static partial class BsnRecognizer
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
    private const int TimeoutMs = 250;

    /// <summary>Whether the text labels a number as a BSN ("BSN 123456789", "burgerservicenummer: 12345678").</summary>
    public static bool ContainsLabelled(string text) => Labelled().IsMatch(text);

    /// <summary>Whether the text holds a number that passes the eleven test.</summary>
    public static bool Contains(string text)
    {
        foreach (Match match in Number().Matches(text))
            if (PassesElevenTest(Digits(match.ValueSpan))) return true;
        return false;
    }

    /// <summary>
    /// The eleven test (elfproef): with digits d1…d9, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11. Eight digits
    /// are read with a leading zero; all zeros fail.
    /// </summary>
    internal static bool PassesElevenTest(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (8 or 9)) return false;
        Span<int> d = stackalloc int[9];
        var offset = 9 - digits.Length;
        for (var i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[i])) return false;
            d[offset + i] = digits[i] - '0';
        }
        var sum = 0;
        var nonZero = false;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * d[i];
            nonZero |= d[i] != 0;
        }
        sum -= d[8];
        return (nonZero || d[8] != 0) && sum % 11 == 0;
    }

    private static string Digits(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (char.IsAsciiDigit(c)) buffer[n++] = c;
        return new string(buffer[..n]);
    }

    /// <summary>Plain, or grouped 4-2-3, 3-3-3 or 3-2-2-2; not part of a longer number, decimal or date.</summary>
    [GeneratedRegex(
        @"(?<![\w.,\-/+])(?:\d{9}|\d{8}|\d{4}[ .\-]\d{2}[ .\-]\d{3}|\d{3}[ .\-]\d{3}[ .\-]\d{3}|\d{3}(?:[ .\-]\d{2}){3})"
        + @"(?!\w|[.,\-/]\d)",
        Options, TimeoutMs)]
    private static partial Regex Number();

    [GeneratedRegex(
        @"\b(?:bsn|burger\s?service\s?nummer|sofi[\s\-]?nummer)\b[^\d\p{L}]{0,4}(?:nummer|nr|number)?[^\d\p{L}]{0,4}"
        + @"\d(?:[ .\-]?\d){7,8}(?!\d)",
        Options | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex Labelled();
}
