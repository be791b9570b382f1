using System.Text.RegularExpressions;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Finds Dutch postcodes ("1015 CX", "1015CX") and street addresses: a street name with a Dutch street suffix and a
/// house number ("Dorpsstraat 5a"), or any word with a house number followed by a postcode or a city
/// ("Voorhout 9, 2514 EA Den Haag", "Voorhout 9, Den Haag").
/// </summary>
internal static partial class AddressRecognizer
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
    private const int TimeoutMs = 250;

    /// <summary>A house number, not a year, with an optional letter or addition ("5a", "23-2").</summary>
    private const string HouseNumber =
        @"(?!(?:19|20)\d\d(?!\d))\d{1,4}(?![\d%]|[.,]\d)(?:\s?[a-zA-Z]{1,2}(?!\p{L})|\s?-\s?\d{1,4})?";

    /// <summary>A city name ending the value ("Den Haag", "Alphen-Noord").</summary>
    private const string City = @"\s?(?:(?:Den|De|Het|'s|Sint)\s)?\p{Lu}\p{Ll}{2,}(?:[\s\-]\p{Lu}\p{Ll}+)?$";

    private const string StrongSuffix =
        "(?:straat|str\\.|laan|gracht|plein|kade|singel|dijk|dreef|steeg|plantsoen|burgwal|boulevard|allee)";

    /// <summary>Words that number a group rather than a house: "Regio 2, Utrecht" is not an address.</summary>
    private static readonly HashSet<string> NumberedLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "regio", "region", "groep", "group", "week", "team", "wijk", "locatie", "fase", "niveau", "jaar", "klas",
        "cluster", "district", "stap", "ronde", "versie", "periode", "kwartaal", "maand", "dag", "lijn", "praktijk",
        "golf", "cohort", "meting", "peiling", "zorggroep", "gebied", "deel", "route", "sectie", "afdeling",
    };

    /// <summary>Whether the (prepared) text holds a street address.</summary>
    public static bool ContainsStreetAddress(string text)
    {
        if (StreetWithSuffix().IsMatch(text) || CapitalisedStreetWithSuffix().IsMatch(text) || NumberBeforePostcode().IsMatch(text))
            return true;
        var withCity = NumberBeforeCity().Match(text);
        return withCity.Success && !NumberedLabels.Contains(withCity.Groups["word"].Value);
    }

    /// <summary>Whether the (prepared) text holds a Dutch postcode.</summary>
    public static bool ContainsPostcode(string text) => Postcode().IsMatch(text) || WholeValuePostcode().IsMatch(text);

    /// <summary>Suffixes that almost only end street names; any case ("dorpsstraat 5").</summary>
    [GeneratedRegex(@"(?<![\p{L}'\-])[\p{L}'\-]*" + StrongSuffix + @"\s?" + HouseNumber,
        Options | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex StreetWithSuffix();

    /// <summary>Suffixes that also end ordinary words ("onderweg", "arbeidsmarkt"): only in a capitalised name.</summary>
    [GeneratedRegex(@"(?<![\p{L}'\-])\p{Lu}[\p{L}'\-]*(?:weg|hof|pad|park|markt|wal|haven|erf)\s" + HouseNumber, Options, TimeoutMs)]
    private static partial Regex CapitalisedStreetWithSuffix();

    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}[\p{L}'\-]+\s\d{1,4}\s?[a-zA-Z]?(?:\s?-\s?\d{1,4})?,?\s[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?!\p{L})",
        Options, TimeoutMs)]
    private static partial Regex NumberBeforePostcode();

    /// <summary>"Voorhout 9, Den Haag" at the end of the value.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<word>\p{Lu}\p{Ll}{2,})\s" + HouseNumber + "," + City, Options, TimeoutMs)]
    private static partial Regex NumberBeforeCity();

    [GeneratedRegex(@"(?<![\p{L}\d\-])[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\p{L}\d])", Options, TimeoutMs)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"^[1-9]\d{3}\s?(?!sa|sd|ss)[a-z]{2}$", Options | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex WholeValuePostcode();
}
