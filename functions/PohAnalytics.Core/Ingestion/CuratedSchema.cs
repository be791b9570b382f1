using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Qualitative.CodeLists;
using PohAnalytics.Core.Qualitative.Ingestion;

namespace PohAnalytics.Core.Ingestion;

/// <summary>The typed columns of every curated dataset of a codebook version: the same schema whatever the export held.</summary>
public sealed class CuratedSchema
{
    /// <summary>Name of the system column holding the source row number (for tracing a value back to the raw file).</summary>
    public const string SourceRowColumn = "_source_row";

    private readonly Dictionary<string, int> _index;

    /// <summary>The columns, system column first.</summary>
    public IReadOnlyList<CuratedColumn> Columns { get; }

    private CuratedSchema(IReadOnlyList<CuratedColumn> columns)
    {
        Columns = columns;
        _index = columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>Derives the schema from a codebook.</summary>
    public static CuratedSchema From(CodebookDefinition codebook)
    {
        var columns = new List<CuratedColumn> { new(SourceRowColumn, CuratedColumnKind.Integer) };
        foreach (var variable in codebook.Variables)
        {
            switch (variable.Type)
            {
                case VariableType.MultiResponse:
                    columns.AddRange(variable.Categories.Select(o => new CuratedColumn($"{variable.Id}__{o.Code}", CuratedColumnKind.Boolean, variable, o)));
                    break;
                case VariableType.Number:
                    columns.Add(new CuratedColumn(variable.Id, CuratedColumnKind.Number, variable));
                    break;
                case VariableType.Likert:
                    columns.Add(new CuratedColumn(variable.Id, CuratedColumnKind.Integer, variable));
                    break;
                default:
                    columns.Add(new CuratedColumn(variable.Id, CuratedColumnKind.Text, variable));
                    break;
            }
        }
        return new CuratedSchema(columns);
    }

    /// <summary>
    /// The long schema of coded answers of a code list: one row per respondent × mention, with the source row,
    /// the respondent id, one text column per respondent attribute, the theme and the code.
    /// </summary>
    public static CuratedSchema ForCodeList(CodeListDefinition codeList)
    {
        var columns = new List<CuratedColumn>
        {
            new(SourceRowColumn, CuratedColumnKind.Integer),
            new(CodedAnswerColumns.RespondentId, CuratedColumnKind.Text),
        };
        columns.AddRange(codeList.Attributes.Select(a => new CuratedColumn(a.Id, CuratedColumnKind.Text)));
        columns.Add(new CuratedColumn(CodedAnswerColumns.Theme, CuratedColumnKind.Text));
        columns.Add(new CuratedColumn(CodedAnswerColumns.Code, CuratedColumnKind.Text));
        return new CuratedSchema(columns);
    }

    /// <summary>The position of a column by name.</summary>
    public int IndexOf(string name) =>
        _index.TryGetValue(name, out var i) ? i : throw new KeyNotFoundException($"No curated column '{name}'.");
}
