using System.Text;
using System.Text.RegularExpressions;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Disclosure;

/// <summary>
/// Recognises person names. A whole value is a name when it is two to four capitalised words (surname particles such
/// as "van der" aside) led by a known given name, by initials ("J. de Vries"), by a title ("mevrouw Bakker"), or by
/// any capitalised word before a known surname; "Jansen, Jan" counts too. Inside longer text only a known given name
/// or initials before a known surname, or a title before a capitalised word, count — common words stay free.
/// </summary>
internal sealed partial class PersonNameRecognizer
{
    private const string GivenNamesResource = "personal-data.given-names.txt";
    private const string SurnamesResource = "personal-data.surnames.txt";
    private const int MaxNameLength = 80;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "la", "le", "du", "da", "di", "del", "della", "von", "el",
        "al", "d'",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "dhr", "mevr", "mw", "mevrouw", "meneer", "mijnheer", "dr", "drs", "ir", "mr", "prof", "mrs", "ms", "miss",
    };

    /// <summary>Words of place, organisation and category labels: a value holding one is not a name.</summary>
    private static readonly HashSet<string> LabelWords = new(StringComparer.Ordinal)
    {
        "regio", "regionaal", "praktijk", "huisartsenpraktijk", "huisartspraktijk", "huisartsen", "huisarts",
        "huisartsenpost", "huisartsenzorg", "zorg", "zorggroep", "gezondheidscentrum", "gezondheidszorg", "centrum",
        "centraal", "ggz", "ggd", "poh", "stichting", "kliniek", "ziekenhuis", "gasthuis", "instituut", "groep", "team",
        "wijk", "stad", "gemeente", "provincie", "noord", "zuid", "oost", "west", "midden", "noordoost", "noordwest",
        "zuidoost", "zuidwest", "overig", "overige", "anders", "geen", "onbekend", "nederland", "holland", "brabant",
        "limburg", "gelderland", "utrecht", "zeeland", "friesland", "groningen", "drenthe", "overijssel", "flevoland",
        "amsterdam", "rotterdam", "haag", "region", "practice", "clinic", "hospital", "centre", "center", "north",
        "south", "east", "other", "none", "unknown",
    };

    private readonly HashSet<string> _givenNames;
    private readonly HashSet<string> _surnames;
    private readonly int _longestSurname;

    /// <summary>Recognises names with the given lists (compared without case and diacritics).</summary>
    public PersonNameRecognizer(IEnumerable<string> givenNames, IEnumerable<string> surnames)
    {
        _givenNames = givenNames.Select(TextNormalizer.Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        _surnames = surnames.Select(TextNormalizer.Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        _longestSurname = _surnames.Select(s => s.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    /// <summary>The recogniser with the given names and surnames embedded from <c>ReferenceData/</c>.</summary>
    public static PersonNameRecognizer LoadBuiltIn() => new(ReadList(GivenNamesResource), ReadList(SurnamesResource));

    /// <summary>Whether the (prepared) text is or contains a person's name.</summary>
    public bool Contains(string text) => IsName(text) || MentionsName(Tokenize(text));

    private bool IsName(string text)
    {
        if (text.Length > MaxNameLength) return false;
        var parts = text.Split(',');
        if (parts.Length == 2) return IsInvertedName(Tokenize(parts[0]), Tokenize(parts[1]));
        if (parts.Length > 2) return false;
        var tokens = Tokenize(text);
        if (tokens.Any(t => LabelWords.Contains(t.Folded))) return false;
        var titled = TitleLength(tokens, 0);
        var rest = tokens.Skip(titled).ToList();
        if (rest.Count == 0 || rest.Count > 7) return false;
        if (!text.Any(char.IsUpper)) return IsLowerCaseName(rest);
        if (rest.Any(t => t.Shape is Shape.Lower or Shape.Other) || rest[^1].Shape != Shape.Word) return false;
        var names = rest.Count(t => t.Shape != Shape.Particle);
        if (names > 4 || names < (titled > 0 ? 1 : 2)) return false;
        var lead = rest[0];
        return titled > 0 || lead.Shape == Shape.Initials || (lead.Shape == Shape.Word && IsGivenName(lead))
               || (lead.Shape == Shape.Word && IsKnownSurname(rest, 1, rest.Count - 1));
    }

    /// <summary>"jan jansen", "anna van den berg": only with a known given name and a known surname.</summary>
    private bool IsLowerCaseName(List<Token> tokens)
    {
        if (tokens.Count < 2 || !IsGivenName(tokens[0])) return false;
        return IsKnownSurname(tokens, 1, tokens.Count - 1)
               || (tokens.Count > 2 && IsGivenName(tokens[1]) && IsKnownSurname(tokens, 2, tokens.Count - 2));
    }

    /// <summary>"Jansen, Jan", "Vries, J. de", "Berg, A. van den".</summary>
    private bool IsInvertedName(List<Token> surname, List<Token> given)
    {
        if (surname.Count is 0 or > 3 || given.Count is 0 || surname.Count + given.Count > 6) return false;
        if (surname.Concat(given).Any(t => LabelWords.Contains(t.Folded))) return false;
        if (surname.Any(t => t.Shape is not (Shape.Word or Shape.Particle)) || surname[^1].Shape != Shape.Word) return false;
        if (given.Any(t => t.Shape is not (Shape.Word or Shape.Particle or Shape.Initials))) return false;
        return given[0].Shape == Shape.Initials || (given[0].Shape == Shape.Word && IsGivenName(given[0]));
    }

    /// <summary>A known given name or initials before a known surname, or a title before a capitalised word.</summary>
    private bool MentionsName(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var title = TitleLength(tokens, i);
            if (title > 0)
            {
                var j = i + title;
                while (j < tokens.Count && (tokens[j].Shape == Shape.Initials || IsGivenName(tokens[j]))) j++;
                while (j < tokens.Count && tokens[j].Shape == Shape.Particle) j++;
                if (j < tokens.Count && tokens[j].Shape == Shape.Word && !LabelWords.Contains(tokens[j].Folded)) return true;
                continue;
            }
            var token = tokens[i];
            if (token.Shape == Shape.Initials || (token.Shape == Shape.Word && IsGivenName(token)))
            {
                var start = i + 1;
                if (start < tokens.Count && tokens[start].Shape == Shape.Word && IsGivenName(tokens[start])
                    && IsNameAt(tokens, start + 1)) return true;
                if (IsNameAt(tokens, start)) return true;
            }
        }
        return false;
    }

    /// <summary>Whether a known surname starts at <paramref name="start"/> and does not name a place or organisation
    /// ("Jeroen Bosch Ziekenhuis").</summary>
    private bool IsNameAt(List<Token> tokens, int start)
    {
        var length = KnownSurnameAt(tokens, start);
        return length > 0 && (start + length == tokens.Count || !LabelWords.Contains(tokens[start + length].Folded));
    }

    /// <summary>Length of the known surname starting at <paramref name="start"/> (its last word capitalised), or 0.</summary>
    private int KnownSurnameAt(List<Token> tokens, int start)
    {
        for (var length = Math.Min(_longestSurname, tokens.Count - start); length > 0; length--)
            if (tokens[start + length - 1].Shape == Shape.Word && IsKnownSurname(tokens, start, length)) return length;
        return 0;
    }

    private bool IsKnownSurname(List<Token> tokens, int start, int length) =>
        length > 0 && start + length <= tokens.Count
        && _surnames.Contains(string.Join(' ', tokens.Skip(start).Take(length).Select(t => t.Folded)));

    private bool IsGivenName(Token token) => token.Shape is Shape.Word or Shape.Lower && _givenNames.Contains(token.Folded);

    /// <summary>How many tokens from <paramref name="index"/> form a title ("dhr.", "Mevr.", "de heer"), or 0.</summary>
    private static int TitleLength(List<Token> tokens, int index)
    {
        if (index >= tokens.Count) return 0;
        var token = tokens[index];
        if (token.Folded == "de" && index + 1 < tokens.Count && tokens[index + 1].Folded == "heer") return 2;
        // "MW" is maatschappelijk werk, not mevrouw: titles are not written in capitals.
        var allCaps = token.Text.Length > 1 && token.Text.Where(char.IsLetter).All(char.IsUpper);
        return !allCaps && Titles.Contains(token.Folded) ? 1 : 0;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('(', ')', '[', ']', '"', '“', '”', '‘', '’', ',', ';', ':', '!', '?');
            if (word.StartsWith('\'') && !word.Equals("'t", StringComparison.OrdinalIgnoreCase)) word = word.TrimStart('\'');
            if (word.Length == 0) continue;
            if (Initials().IsMatch(word))
            {
                tokens.Add(new Token(word, TextNormalizer.Normalize(word), Shape.Initials));
                continue;
            }
            foreach (var part in word.TrimEnd('.').Split('-', StringSplitOptions.RemoveEmptyEntries))
                tokens.Add(Classify(part));
        }
        return tokens;
    }

    private static Token Classify(string word)
    {
        var folded = TextNormalizer.Normalize(word);
        var shape = Particles.Contains(folded) ? Shape.Particle
            : word.Length > 1 && NameWord().IsMatch(word) ? Shape.Word
            : LowerWord().IsMatch(word) ? Shape.Lower
            : Shape.Other;
        return new Token(word, folded, shape);
    }

    private static IEnumerable<string> ReadList(string fileName) =>
        Encoding.UTF8.GetString(EmbeddedReferenceData.Read(EmbeddedReferenceData.Prefix + fileName))
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    /// <summary>"J.", "J.P.", "J.P.M."</summary>
    [GeneratedRegex(@"^\p{Lu}\.(?:\p{Lu}\.?){0,3}$", RegexOptions.Compiled | RegexOptions.CultureInvariant, 250)]
    private static partial Regex Initials();

    /// <summary>"Jansen", "IJsselstein", "O'Brien", "McDonald"; not "GGZ".</summary>
    [GeneratedRegex(@"^(?:IJ|\p{Lu})\p{Ll}*(?:['’]?\p{Lu}\p{Ll}+)*$", RegexOptions.Compiled | RegexOptions.CultureInvariant, 250)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^\p{Ll}+$", RegexOptions.Compiled | RegexOptions.CultureInvariant, 250)]
    private static partial Regex LowerWord();

    private enum Shape { Initials, Particle, Word, Lower, Other }

    private readonly record struct Token(string Text, string Folded, Shape Shape);
}
