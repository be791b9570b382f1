using System.Globalization;
using System.Text.RegularExpressions;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Finds phone numbers: Dutch numbers of ten digits starting with 0 ("06-12345678", "(020) 123 4567", "0318 12 34 56")
/// and international numbers starting with + or 00 ("+31 (0)6 1234 5678", "+44 20 7946 0958"). Runs of digits are
/// split into groups so that ordinary numbers, ranges ("10-12", "0-4"), decimals, percentages and dates are left alone.
/// </summary>
internal static partial class PhoneRecognizer
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
    private const int TimeoutMs = 250;

    /// <summary>Whether the (prepared) text holds a phone number.</summary>
    public static bool Contains(string text)
    {
        foreach (Match run in Run().Matches(text))
        {
            var groups = Group().Matches(run.Value).ToList();
            var end = run.Index + run.Length;
            // "40%" or "12ste": the last group belongs to a word, not to a number.
            if (end < text.Length && (char.IsLetter(text[end]) || text[end] == '%')) groups.RemoveAt(groups.Count - 1);
            for (var start = 0; start < groups.Count; start++)
                if (IsPhoneFrom(run.Value, groups, start)) return true;
        }
        return false;
    }

    private static bool IsPhoneFrom(string run, IReadOnlyList<Match> groups, int start)
    {
        var first = groups[start].Value.Trim('(', ')');
        var plus = start == 0 && run.StartsWith('+');
        if (LooksLikeDate(run, groups, start)) return false;
        if (plus || (first.StartsWith("00", StringComparison.Ordinal) && first.Length > 2 && first[2] != '0'))
            return IsInternational(groups, start, plus ? 0 : 2);
        if (first.Length < 2 || first[0] != '0' || first[1] == '0') return false;
        // A Dutch number has exactly ten digits, however it is grouped.
        var digits = 0;
        for (var i = start; i < groups.Count && digits < 10; i++)
        {
            if (i > start && !Separated(run, groups[i - 1], groups[i])) return false;
            digits += groups[i].Value.Trim('(', ')').Length;
        }
        return digits == 10;
    }

    /// <summary>Country code and subscriber number: 8–15 digits (E.164), an optional "(0)" not counted.</summary>
    private static bool IsInternational(IReadOnlyList<Match> groups, int start, int skipLeading)
    {
        var digits = -skipLeading;
        for (var i = start; i < groups.Count; i++)
        {
            var group = groups[i].Value;
            if (i > start && group == "(0)") continue;
            digits += group.Trim('(', ')').Length;
            if (digits >= 8) return digits <= 15;
        }
        return false;
    }

    private static bool Separated(string run, Match previous, Match next) =>
        next.Index - (previous.Index + previous.Length) <= 3;

    /// <summary>
    /// "01-03-2019", "1/3/19": day, month and year joined by one kind of separator, and no fourth group joined the same
    /// way ("06-12-34-56-78" is a phone number).
    /// </summary>
    private static bool LooksLikeDate(string run, IReadOnlyList<Match> groups, int start)
    {
        if (start + 2 >= groups.Count) return false;
        var (day, month, year) = (groups[start], groups[start + 1], groups[start + 2]);
        if (day.Length > 2 || month.Length > 2 || year.Length is not (2 or 4)) return false;
        if (!InRange(day.Value, 31) || !InRange(month.Value, 12)) return false;
        var separator = Between(run, day, month);
        if (separator is not ("-" or "/" or ".") || Between(run, month, year) != separator) return false;
        return start + 3 >= groups.Count || Between(run, year, groups[start + 3]) != separator;
    }

    private static bool InRange(string digits, int max) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max;

    private static string Between(string run, Match previous, Match next) =>
        run[(previous.Index + previous.Length)..next.Index];

    /// <summary>A run of digit groups joined by short separators, optionally led by "+"; every group needs a separator
    /// or parentheses before it, so the pattern cannot backtrack over ways to split one number.</summary>
    [GeneratedRegex(@"(?<![\w+.,])\+?\(?\d+\)?(?:[ .\-/]{1,3}\(?\d+\)?|\(\d+\)|(?<=\))\d+)*", Options, TimeoutMs)]
    private static partial Regex Run();

    [GeneratedRegex(@"\(?\d+\)?", Options, TimeoutMs)]
    private static partial Regex Group();
}
