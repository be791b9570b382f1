using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Qualitative.CodeLists;
using PohAnalytics.Core.Qualitative.Ingestion;

namespace PohAnalytics.Core.Qualitative.Statistics;

/// <summary>Curated coded answers regrouped per respondent: the input of the coded-answer statistics.</summary>
public sealed class CodedAnswerTable
{
    private CodedAnswerTable(CodeListDefinition codeList, IReadOnlyList<CodedRespondent> respondents)
    {
        CodeList = codeList;
        Respondents = respondents;
    }

    /// <summary>The code list the answers were coded with.</summary>
    public CodeListDefinition CodeList { get; }

    /// <summary>The respondents in order of first appearance.</summary>
    public IReadOnlyList<CodedRespondent> Respondents { get; }

    /// <summary>
    /// Regroups curated long rows given column by column (name → string?[] / int?[], as <c>CuratedParquetReader</c>
    /// returns them): rows sharing a respondent id are one respondent; its attributes are taken from its first row.
    /// </summary>
    public static CodedAnswerTable From(IReadOnlyDictionary<string, Array> columns, CodeListDefinition codeList)
    {
        var ids = Text(columns, CodedAnswerColumns.RespondentId);
        var themes = Text(columns, CodedAnswerColumns.Theme);
        var codes = Text(columns, CodedAnswerColumns.Code);
        var attributes = codeList.Attributes.Select(a => (a.Id, Values: columns.ContainsKey(a.Id) ? Text(columns, a.Id) : new string?[ids.Length])).ToList();
        var sourceRows = columns.TryGetValue(CuratedSchema.SourceRowColumn, out var rows) ? (int?[])rows : null;

        var order = new List<string>();
        var byId = new Dictionary<string, (Dictionary<string, IReadOnlyList<string>> Attributes, List<CodedMention> Mentions)>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i] ?? $"#{sourceRows?[i]}";
            if (!byId.TryGetValue(id, out var respondent))
            {
                var values = attributes.ToDictionary(a => a.Id, a => Split(a.Values[i]), StringComparer.Ordinal);
                byId[id] = respondent = (values, []);
                order.Add(id);
            }
            if (themes[i] is { } theme && codes[i] is { } code)
                respondent.Mentions.Add(new CodedMention(theme, code));
        }
        return new CodedAnswerTable(codeList, order.Select(id => new CodedRespondent(id, byId[id].Attributes, byId[id].Mentions)).ToList());
    }

    private static string?[] Text(IReadOnlyDictionary<string, Array> columns, string name) =>
        columns.TryGetValue(name, out var values) ? (string?[])values : throw new KeyNotFoundException($"Coded answers have no column '{name}'.");

    private static IReadOnlyList<string> Split(string? value) =>
        value is null ? [] : value.Split(RespondentAttribute.StoredSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
