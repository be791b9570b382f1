using System.Text;
using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Tests.Disclosure;

/// <summary>
/// The personal-data screen catches names, e-mail in any spelling, phone numbers, BSNs, postcodes and street
/// addresses, and leaves region, organisation and category labels and ordinary numbers alone.
/// </summary>
public sealed class PersonalDataScreenTests
{
    private static readonly PersonalDataScreen Screen = PersonalDataScreen.Default;

    /// <summary>The values tried in the open Regio column in issue 9, with the kind each must be caught as.</summary>
    public static TheoryData<string, PersonalDataKind> IssueValues => new()
    {
        { "Saskia Mulder", PersonalDataKind.PersonName },
        { "Jan Jansen <jan.jansen@example.nl>", PersonalDataKind.Email },
        { "+31 6 12345678", PersonalDataKind.Phone },
        { "BSN 123456782", PersonalDataKind.Bsn },
        { "Keizersgracht 12, 1015 CX Amsterdam", PersonalDataKind.StreetAddress },
        { "jan.jansen at example.nl", PersonalDataKind.Email },
    };

    public static TheoryData<string, PersonalDataKind> Positives => new()
    {
        // E-mail, in any spelling.
        { "jan.jansen@example.nl", PersonalDataKind.Email },
        { "JAN.JANSEN@EXAMPLE.NL", PersonalDataKind.Email },
        { "\"Jansen, Jan\" <j.jansen@praktijk-voorbeeld.nl>", PersonalDataKind.Email },
        { "jan.jansen [at] example [dot] nl", PersonalDataKind.Email },
        { "jan.jansen(at)example.nl", PersonalDataKind.Email },
        { "jan.jansen @ example.nl", PersonalDataKind.Email },
        { "jan dot jansen at example dot nl", PersonalDataKind.Email },
        { "JAN.JANSEN AT EXAMPLE DOT NL", PersonalDataKind.Email },
        { "mail: j.jansen{at}praktijk-voorbeeld.nl", PersonalDataKind.Email },
        { "jan.jansen\uFF20example.nl", PersonalDataKind.Email },
        { "jan.jansen\u200B@example.nl", PersonalDataKind.Email },
        { "jan.jansen apenstaartje example punt nl", PersonalDataKind.Email },
        { "contact via jan.jansen @ example . nl", PersonalDataKind.Email },
        // Phone numbers, Dutch and international.
        { "06-12345678", PersonalDataKind.Phone },
        { "06 1234 5678", PersonalDataKind.Phone },
        { "0612345678", PersonalDataKind.Phone },
        { "020-1234567", PersonalDataKind.Phone },
        { "0201234567", PersonalDataKind.Phone },
        { "(020) 123 4567", PersonalDataKind.Phone },
        { "0318 12 34 56", PersonalDataKind.Phone },
        { "06-12-34-56-78", PersonalDataKind.Phone },
        { "tel. 020 - 123 45 67", PersonalDataKind.Phone },
        { "bel me op 0612345678 na vijven", PersonalDataKind.Phone },
        { "0031 6 12345678", PersonalDataKind.Phone },
        { "+31 (0)6 1234 5678", PersonalDataKind.Phone },
        { "+31-20-1234567", PersonalDataKind.Phone },
        { "+31612345678", PersonalDataKind.Phone },
        { "+44 20 7946 0958", PersonalDataKind.Phone },
        { "+1 555 123 4567", PersonalDataKind.Phone },
        // BSN: eleven test, or labelled.
        { "123456782", PersonalDataKind.Bsn },
        { "1234.56.782", PersonalDataKind.Bsn },
        { "123 456 782", PersonalDataKind.Bsn },
        { "12345672", PersonalDataKind.Bsn },
        { "BSN 123456789", PersonalDataKind.Bsn },
        { "burgerservicenummer: 987654321", PersonalDataKind.Bsn },
        // Postcodes.
        { "1015 CX", PersonalDataKind.Postcode },
        { "1015CX", PersonalDataKind.Postcode },
        { "1015cx", PersonalDataKind.Postcode },
        { "woont in 3511 AB", PersonalDataKind.Postcode },
        // Street addresses.
        { "Dorpsstraat 5a", PersonalDataKind.StreetAddress },
        { "dorpsstraat 5", PersonalDataKind.StreetAddress },
        { "Hoofdweg 120", PersonalDataKind.StreetAddress },
        { "Emmalaan 23-2", PersonalDataKind.StreetAddress },
        { "Stationsplein 1", PersonalDataKind.StreetAddress },
        { "Kerkhof 3", PersonalDataKind.StreetAddress },
        { "Lange Voorhout 9, 2514 EA Den Haag", PersonalDataKind.StreetAddress },
        { "Voorhout 9, Den Haag", PersonalDataKind.StreetAddress },
        // Person names.
        { "Jan Jansen", PersonalDataKind.PersonName },
        { "J. de Vries", PersonalDataKind.PersonName },
        { "Anna van den Berg", PersonalDataKind.PersonName },
        { "J.P. Balkenende", PersonalDataKind.PersonName },
        { "Anne-Marie Jansen-de Vries", PersonalDataKind.PersonName },
        { "Mohamed El Amrani", PersonalDataKind.PersonName },
        { "Xandra de Vries", PersonalDataKind.PersonName },
        { "jan jansen", PersonalDataKind.PersonName },
        { "Jansen, Jan", PersonalDataKind.PersonName },
        { "Berg, A. van den", PersonalDataKind.PersonName },
        { "Mevr. Bakker", PersonalDataKind.PersonName },
        { "de heer De Groot", PersonalDataKind.PersonName },
        { "Dhr. J. Smit", PersonalDataKind.PersonName },
        { "gesprek gehad met Pieter Bakker over de wachtlijst", PersonalDataKind.PersonName },
    };

    public static TheoryData<string> Negatives => new()
    {
        // Regions and places.
        "Utrecht", "Amsterdam", "Noord-Holland", "Den Haag", "Zuid-Limburg", "Rivierenland", "Het Gooi", "Gelderland-Zuid",
        "Regio Nijmegen", "Den Bosch", "Rotterdam en Den Haag", "Noord-Holland Noord", "West-Brabant", "Bergen op Zoom",
        "Hoek van Holland", "Capelle aan den IJssel", "Alphen aan den Rijn", "Hart van Brabant", "Kop van Noord-Holland",
        "Zaanstreek-Waterland", "Gooi en Vechtstreek", "Hof van Twente", "Parkstad", "IJsselland", "Regio 2, Utrecht",
        // Organisations.
        "GGZ Centraal", "Huisartsenpraktijk De Linde", "Pro Persona", "Bavo Europoort", "Sint Maartenskliniek",
        "Huisartsenpost Oost", "Zorggroep Almere", "Ziekenhuis Gelderse Vallei", "GGZ inGeest",
        // Category words and answers.
        "Anders", "Overig", "Geen", "Zorg op maat", "Minstens 1x per week", "2 tot 3 weken", "Voltooid/nog bezig",
        "Werkervaring 5 jaar", "Arbeidsmarkt 2019", "Team 3", "we spraken at length about it",
        // Numbers, ranges, decimals, percentages, dates.
        "12", "2019", "10-12", "3,5", "40%", "0-4 weken", "0,8 fte", "1.234", "€ 1.250,00", "24/7", "1-2 keer per week",
        "30-40 uur", "R1000", "2019-2020", "12-03-2019", "01-03-2019", "13-02-2020 14:30", "01-03-2019 12:30",
        "123456789", "100000", "0.5", "020", "06",
    };

    [Theory]
    [MemberData(nameof(IssueValues))]
    public void Every_value_from_the_issue_is_caught_with_its_kind(string value, PersonalDataKind kind) =>
        Assert.Equal(kind, Screen.Find(value)?.Kind);

    [Theory]
    [MemberData(nameof(Positives))]
    public void Personal_values_are_caught_with_their_kind(string value, PersonalDataKind kind) =>
        Assert.Equal(kind, Screen.Find(value)?.Kind);

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Labels_numbers_and_dates_are_not_personal(string value)
    {
        Assert.Null(Screen.Find(value));
        Assert.False(Screen.LooksPersonal(value));
    }

    [Fact]
    public void The_tables_hold_at_least_forty_positive_and_forty_negative_cases()
    {
        Assert.True(Positives.Count >= 40);
        Assert.True(Negatives.Count >= 40);
    }

    [Fact]
    public void Eleven_test_of_123456782_worked_by_hand()
    {
        // 9*1 + 8*2 + 7*3 + 6*4 + 5*5 + 4*6 + 3*7 + 2*8 - 1*2 = 9 + 16 + 21 + 24 + 25 + 24 + 21 + 16 - 2 = 154 = 14 * 11.
        Assert.Equal(154, 9 * 1 + 8 * 2 + 7 * 3 + 6 * 4 + 5 * 5 + 4 * 6 + 3 * 7 + 2 * 8 - 1 * 2);
        Assert.Equal(0, 154 % 11);
        Assert.True(BsnRecognizer.PassesElevenTest("123456782"));
        // 123456789: 9 + 16 + 21 + 24 + 25 + 24 + 21 + 16 - 9 = 147 = 13 * 11 + 4.
        Assert.False(BsnRecognizer.PassesElevenTest("123456789"));
    }

    [Fact]
    public void Eleven_test_reads_eight_digits_with_a_leading_zero_and_refuses_all_zeros()
    {
        // 012345672: 0 + 8 + 14 + 18 + 20 + 20 + 18 + 14 - 2 = 110 = 10 * 11.
        Assert.True(BsnRecognizer.PassesElevenTest("12345672"));
        Assert.True(BsnRecognizer.PassesElevenTest("012345672"));
        Assert.False(BsnRecognizer.PassesElevenTest("000000000"));
        Assert.False(BsnRecognizer.PassesElevenTest("1234567"));
    }

    [Fact]
    public void Nine_digits_failing_the_eleven_test_are_a_bsn_only_when_labelled()
    {
        Assert.Null(Screen.Find("123456789"));
        Assert.Equal(PersonalDataKind.Bsn, Screen.Find("BSN: 123456789")?.Kind);
        Assert.Equal(PersonalDataKind.Bsn, Screen.Find("bsn-nummer 123.456.789")?.Kind);
    }

    [Fact]
    public void Postcodes_with_the_letter_pairs_SA_SD_and_SS_are_not_postcodes()
    {
        Assert.Null(Screen.Find("1234 SS"));
        Assert.Null(Screen.Find("1234 SA"));
        Assert.Null(Screen.Find("0123 AB"));
        Assert.Equal(PersonalDataKind.Postcode, Screen.Find("1234 AS")?.Kind);
    }

    [Fact]
    public void Every_respondent_name_in_the_survey_fixture_is_a_name_and_no_region_is()
    {
        var lines = File.ReadAllLines(PohAnalytics.Testing.RepoPaths.Fixture("poh-ggz-vragenlijst-2019.csv"), Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(';');
        var (name, region) = (Array.IndexOf(header, "Naam"), Array.IndexOf(header, "Regio"));
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows.Select(r => r[name]).Distinct(), n => Assert.Equal(PersonalDataKind.PersonName, Screen.Find(n)?.Kind));
        Assert.All(rows.Select(r => r[region]).Distinct(), r => Assert.Null(Screen.Find(r)));
    }

    [Fact]
    public void Findings_describe_the_kind_without_the_value()
    {
        var finding = Screen.Find("jan.jansen@example.nl")!.Value;

        Assert.Equal("looks like an e-mail address", finding.Reason);
        Assert.Equal("[e-mail removed]", finding.Placeholder);
        Assert.DoesNotContain("jansen", finding.Reason + finding.Placeholder, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("R1042")]
    [InlineData("58213")]
    [InlineData("at1")]
    [InlineData("Dr1234567")]
    [InlineData("ln1234567")]
    public void Short_codes_skip_the_recognisers_because_none_of_them_could_match(string code)
    {
        Assert.True(PersonalDataScreen.IsShortCode(code));
        Assert.False(EmailRecognizer.Contains(code));
        Assert.False(BsnRecognizer.ContainsLabelled(code) || BsnRecognizer.Contains(code));
        Assert.False(PhoneRecognizer.Contains(code));
        Assert.False(AddressRecognizer.ContainsStreetAddress(code) || AddressRecognizer.ContainsPostcode(code));
        Assert.False(PersonNameRecognizer.LoadBuiltIn().Contains(code));
        Assert.Null(Screen.Find(code));
    }

    [Theory]
    [InlineData("12345672")] // eight digits: a BSN with a leading zero
    [InlineData("R123456782")]
    [InlineData("1234AB")] // a postcode: letters after the digits
    [InlineData("ABC1")]
    [InlineData("R 1042")]
    [InlineData("R1042a")]
    [InlineData("Ré1042")]
    public void Longer_or_other_codes_still_go_through_the_recognisers(string value) =>
        Assert.False(PersonalDataScreen.IsShortCode(value));

    [Fact]
    public void Empty_values_are_not_personal()
    {
        Assert.Null(Screen.Find(""));
        Assert.Null(Screen.Find("   "));
        Assert.Null(Screen.Find(null));
    }

    [Fact]
    public void Long_free_text_is_screened_in_reasonable_time()
    {
        var text = string.Concat(Enumerable.Repeat("0612 ", 2000)) + new string('a', 5000) + "@"
                   + string.Concat(Enumerable.Repeat("x.", 2000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Screen.Find(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }
}
