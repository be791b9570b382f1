using System.Globalization;
using System.Text;
using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Registry;

/// <summary>What staff say about an upload: which dataset it is a version of.</summary>
/// <param name="Name">Dataset name, e.g. "Ledenpeiling LV POH-GGZ 2018".</param>
/// <param name="Kind">Survey or member poll.</param>
/// <param name="RespondentType">POH-GGZ or GP.</param>
/// <param name="Wave">Wave or year, e.g. "2018" or "2019-voorjaar".</param>
public sealed record DatasetMetadata(string Name, DatasetKind Kind, RespondentType RespondentType, string? Wave)
{
    /// <summary>Longest dataset name or wave: names are labels on every view, so they must stay short.</summary>
    public const int MaxNameChars = 200;

    /// <summary>The dataset id: a slug of the name, stable across versions.</summary>
    public string DatasetId => Slug(Name);

    /// <summary>Lower-case ASCII slug with dashes ("Ledenpeiling LV POH-GGZ 2018" → "ledenpeiling-lv-poh-ggz-2018").</summary>
    public static string Slug(string text)
    {
        var folded = TextNormalizer.Normalize(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            if (char.IsAsciiLetterOrDigit(ch)) builder.Append(ch);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "dataset" : slug[..Math.Min(slug.Length, 80)];
    }

    /// <summary>Parses the wire names used by the API ("survey", "member-poll", "poh-ggz", "gp").</summary>
    public static DatasetMetadata Parse(string? name, string? kind, string? respondentType, string? wave)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A dataset name is required.");
        if (name.Trim().Length > MaxNameChars)
            throw new ArgumentException($"The dataset name has {name.Trim().Length:N0} characters; at most {MaxNameChars} are allowed.");
        if (wave is { Length: > MaxNameChars })
            throw new ArgumentException($"The wave has {wave.Length:N0} characters; at most {MaxNameChars} are allowed.");
        var parsedKind = kind?.Trim().ToLowerInvariant() switch
        {
            null or "" or "survey" or "vragenlijst" => DatasetKind.Survey,
            "member-poll" or "memberpoll" or "ledenpeiling" => DatasetKind.MemberPoll,
            "coded-answers" or "coded" or "open-answers" or "interviews" => DatasetKind.CodedAnswers,
            _ => throw new ArgumentException($"Unknown dataset kind '{kind}' (expected survey, member-poll or coded-answers)."),
        };
        var parsedType = respondentType?.Trim().ToLowerInvariant() switch
        {
            null or "" or "poh-ggz" or "pohggz" or "poh" => RespondentType.PohGgz,
            "gp" or "huisarts" or "huisartsen" => RespondentType.Gp,
            _ => throw new ArgumentException($"Unknown respondent type '{respondentType}' (expected poh-ggz or gp)."),
        };
        return new DatasetMetadata(name.Trim(), parsedKind, parsedType, string.IsNullOrWhiteSpace(wave) ? null : wave.Trim());
    }

    /// <summary>Wire name of the kind.</summary>
    public string KindName => Kind switch
    {
        DatasetKind.MemberPoll => "member-poll",
        DatasetKind.CodedAnswers => "coded-answers",
        _ => "survey",
    };

    /// <summary>Wire name of the respondent type.</summary>
    public string RespondentTypeName => RespondentType == RespondentType.Gp ? "gp" : "poh-ggz";

    /// <summary>Infers metadata from a dropped file's name: "ledenpeiling-lv-poh-ggz-2018.xlsx" is a 2018 member poll of POH-GGZ.</summary>
    public static DatasetMetadata FromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var folded = TextNormalizer.Normalize(stem);
        var kind = folded.Contains("ledenpeiling") || folded.Contains("member poll") ? "member-poll" : "survey";
        var type = folded.Contains("huisarts") || folded.Split(' ', '-').Contains("gp") ? "gp" : "poh-ggz";
        var year = System.Text.RegularExpressions.Regex.Match(stem, @"(19|20)\d{2}");
        return Parse(stem, kind, type, year.Success ? year.Value.ToString(CultureInfo.InvariantCulture) : null);
    }
}
