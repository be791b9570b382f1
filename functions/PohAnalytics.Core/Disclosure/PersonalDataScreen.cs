using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Decides whether a single value (an open answer, a label from the data, a cell) holds personal data: an e-mail
/// address in any spelling, a phone number, a BSN, a postcode, a street address or a person's name. Used at ingestion
/// (through <see cref="Codebook.PersonalDataPatterns"/>) and before labels from the data are served.
/// </summary>
public sealed class PersonalDataScreen
{
    private static readonly Lazy<PersonalDataScreen> BuiltIn = new(() => new PersonalDataScreen(PersonNameRecognizer.LoadBuiltIn()));

    private readonly PersonNameRecognizer _names;

    internal PersonalDataScreen(PersonNameRecognizer names) => _names = names;

    /// <summary>The screen with the name lists that ship in <c>ReferenceData/</c>.</summary>
    public static PersonalDataScreen Default => BuiltIn.Value;

    /// <summary>
    /// What kind of personal data <paramref name="value"/> holds, or null when it looks harmless. When a value holds
    /// several kinds, the most specific is named (an e-mail address with a display name is an e-mail address).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PersonalDataFinding? Find(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || IsShortCode(value)) return null;
        var text = Prepare(value);
        try
        {
            PersonalDataKind? kind =
                EmailRecognizer.Contains(text) ? PersonalDataKind.Email
                : BsnRecognizer.ContainsLabelled(text) ? PersonalDataKind.Bsn
                : PhoneRecognizer.Contains(text) ? PersonalDataKind.Phone
                : BsnRecognizer.Contains(text) ? PersonalDataKind.Bsn
                : AddressRecognizer.ContainsStreetAddress(text) ? PersonalDataKind.StreetAddress
                : AddressRecognizer.ContainsPostcode(text) ? PersonalDataKind.Postcode
                : _names.Contains(text) ? PersonalDataKind.PersonName
                : null;
            return kind is { } found ? new PersonalDataFinding(found) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            // A value too odd to check in time is not published either.
            return new PersonalDataFinding(PersonalDataKind.Other);
        }
    }

    /// <summary>
    /// A respondent number such as "R1042" or "58213": at most two ASCII letters, then one to seven digits. It is too
    /// short for a BSN (8–9 digits), a phone number (10) or a postcode (digits then letters), and has no space or "@"
    /// for an address, an e-mail address or a name, so the recognisers are skipped; an export has one per row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsShortCode(string value)
    {
        var letters = 0;
        while (letters < value.Length && char.IsAsciiLetter(value[letters])) letters++;
        var digits = value.Length - letters;
        return letters <= 2 && digits is >= 1 and <= 7 && !value.AsSpan(letters).ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Whether <paramref name="value"/> holds personal data of any kind.</summary>
    public bool LooksPersonal(string? value) => Find(value) is not null;

    /// <summary>Folds look-alike characters (full-width "＠", non-breaking spaces), drops invisible ones, single-spaces.</summary>
    private static string Prepare(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var original in value)
        {
            // Folded by hand: with invariant globalization string.Normalize leaves non-ASCII characters as they are.
            var ch = original switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(original - 0xFEE0),
                '\uFE6B' => '@',
                _ => original,
            };
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Format) continue;
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(ch);
        }
        return builder.ToString();
    }
}
