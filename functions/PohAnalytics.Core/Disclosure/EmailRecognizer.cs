using System.Text.RegularExpressions;

namespace PohAnalytics.Core.Disclosure;

/// <summary>Finds e-mail addresses, also when written to dodge filters: "jan [at] example [dot] nl", "jan @ example.nl".</summary>
internal static partial class EmailRecognizer
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const int TimeoutMs = 250;

    /// <summary>Whether the (prepared) text holds an e-mail address in any spelling.</summary>
    public static bool Contains(string text)
    {
        if (Address().IsMatch(text)) return true;
        if (!Hint().IsMatch(text)) return false;
        var plain = Dot().Replace(At().Replace(text, "@"), ".");
        plain = SpacedDomainDot().Replace(plain, ".");
        return Address().IsMatch(plain);
    }

    [GeneratedRegex(@"(?<![\w.%+'\-])[\w.%+'\-]{1,64}@(?:[\p{L}\d][\p{L}\d\-]{0,62}\.)+\p{L}{2,24}(?![\p{L}\d])", Options, TimeoutMs)]
    private static partial Regex Address();

    /// <summary>Cheap pre-check: something that could stand for "@" is present.</summary>
    [GeneratedRegex(@"@|\bat\b|apenstaartje", Options, TimeoutMs)]
    private static partial Regex Hint();

    /// <summary>"(at)", "[at]", "{at}", "&lt;at&gt;", " at ", " @ " and the Dutch "apenstaartje".</summary>
    [GeneratedRegex(@"\s?[\[({<]\s?(?:at|@|apenstaartje)\s?[\])}>]\s?|\s(?:at|apenstaartje)\s|\s@\s?|@\s", Options, TimeoutMs)]
    private static partial Regex At();

    /// <summary>"(dot)", "[dot]", " dot ", " punt ".</summary>
    [GeneratedRegex(@"\s?[\[({<]\s?(?:dot|punt)\s?[\])}>]\s?|\s(?:dot|punt)\s", Options, TimeoutMs)]
    private static partial Regex Dot();

    /// <summary>Spaces around the dots of a domain after "@" ("example . nl").</summary>
    [GeneratedRegex(@"(?<=@[\p{L}\d.\-]*[\p{L}\d])\s?\.\s?(?=[\p{L}\d])", Options, TimeoutMs)]
    private static partial Regex SpacedDomainDot();
}
