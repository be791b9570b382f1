using PohAnalytics.Core.Codebook;
using PohAnalytics.Core.Ingestion;
using PohAnalytics.Core.Qualitative.CodeLists;

namespace PohAnalytics.Core.Qualitative.Ingestion;

/// <summary>Reads source rows of a coded-answers export against its layout and writes the curated mention rows.</summary>
public sealed class CodedRowReader
{
    private readonly CodedColumnLayout _layout;
    private readonly CodeListLookup _lookup;
    private readonly PersonalDataPatterns _personalData;
    private readonly int _headerWidth;
    private readonly int _maxLabelChars;
    private readonly int _sourceRow, _respondentId, _theme, _code;
    private readonly IReadOnlyList<(string Id, int Target)> _attributeTargets;

    /// <summary>
    /// Prepares the reader for a layout and its curated schema; free-text cells are checked for personal data, and an
    /// open attribute longer than <paramref name="maxLabelChars"/> is refused (it would be served as a label).
    /// </summary>
    public CodedRowReader(
        CodedColumnLayout layout, CuratedSchema schema, int headerWidth, PersonalDataPatterns personalData, int maxLabelChars = 200)
    {
        _maxLabelChars = maxLabelChars;
        _layout = layout;
        _personalData = personalData;
        _lookup = new CodeListLookup(layout.CodeList);
        _headerWidth = headerWidth;
        _sourceRow = schema.IndexOf(CuratedSchema.SourceRowColumn);
        _respondentId = schema.IndexOf(CodedAnswerColumns.RespondentId);
        _theme = schema.IndexOf(CodedAnswerColumns.Theme);
        _code = schema.IndexOf(CodedAnswerColumns.Code);
        _attributeTargets = layout.CodeList.Attributes.Select(a => (a.Id, schema.IndexOf(a.Id))).ToList();
    }

    /// <summary>The recognised columns with the curated column each feeds.</summary>
    public IReadOnlyList<ColumnReport> MappedColumns =>
        _layout.Recognised.Select(c => new ColumnReport(c.Header, Target(c))).ToList();

    /// <summary>Reads one row: respondent, attributes and mentions, or the errors that reject it.</summary>
    public CodedRow Read(SourceRow row)
    {
        var errors = new List<CellError>();
        if (RowValidator.RaggedReason(row, _headerWidth) is { } ragged)
            errors.Add(new CellError(row.RowNumber, "(whole row)", null, ragged));

        var respondentId = Cell(row, _layout.RespondentId);
        if (respondentId is null && _layout.CodeList.Shape == CodeListShape.Long)
            errors.Add(new CellError(row.RowNumber, _layout.RespondentId!.Header, null, "no respondent"));
        if (respondentId is not null && _personalData.Find(respondentId) is { } personalId)
            errors.Add(CellError.Of(row.RowNumber, _layout.RespondentId!.Header, respondentId, null, personalId));

        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (column, attribute) in _layout.Attributes)
        {
            var text = Cell(row, column);
            if (text is null) continue;
            var value = _lookup.Category(attribute, text, out var reason);
            if (attribute.OpenCategories && text.Length > _maxLabelChars)
                reason = $"an open answer of {text.Length:N0} characters; a label may have at most {_maxLabelChars}";
            // Open attributes keep what respondents typed, so that text must not be personal data.
            if (reason is not null || attribute.OpenCategories)
            {
                var personal = _personalData.Find(text);
                if (reason is not null || personal is not null)
                    errors.Add(CellError.Of(row.RowNumber, column.Header, text, reason, personal));
            }
            attributes[attribute.Id] = value;
        }

        var theme = default(ThemeDefinition);
        if (Cell(row, _layout.Theme) is { } themeText)
        {
            theme = _lookup.Theme(themeText);
            if (theme is null)
                errors.Add(CellError.Of(row.RowNumber, _layout.Theme!.Header, themeText,
                    $"unknown theme (not in code list {_layout.CodeList.Id} {_layout.CodeList.Version})", _personalData.Find(themeText)));
        }
        var mentions = new List<(string Theme, string Code)>();
        foreach (var column in _layout.Codes)
        {
            if (Cell(row, column) is not { } text) continue;
            if (theme is null && _layout.Theme is not null && Cell(row, _layout.Theme) is not null) continue; // theme already refused
            if (_lookup.Code(text, theme, out var reason) is { } resolved)
                mentions.Add((resolved.Theme.Code, resolved.Code.Code));
            else
                errors.Add(CellError.Of(row.RowNumber, column.Header, text, reason, _personalData.Find(text)));
        }
        if (theme is not null && _layout.Codes.All(c => Cell(row, c) is null))
            errors.Add(new CellError(row.RowNumber, _layout.Codes[0].Header, null, "a theme without a code"));

        return new CodedRow(respondentId ?? $"#{row.RowNumber}", attributes, mentions, errors);
    }

    /// <summary>Writes one curated row of an accepted source row: respondent, attributes, and one mention (or none).</summary>
    public void Write(CuratedBatch batch, int slot, SourceRow row, CodedRow answers, string? theme, string? code)
    {
        batch.Set(_sourceRow, slot, row.RowNumber);
        batch.Set(_respondentId, slot, answers.RespondentId);
        foreach (var (id, target) in _attributeTargets)
            batch.Set(target, slot, answers.Attributes.GetValueOrDefault(id));
        batch.Set(_theme, slot, theme);
        batch.Set(_code, slot, code);
    }

    /// <summary>Raw texts of the recognised columns, by header (never personal data: dropped columns are not in the layout).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> RecognisedCells(SourceRow row) =>
        _layout.Recognised.Select(c => new KeyValuePair<string, string?>(c.Header, c.Index < row.Cells.Length ? row.Cells[c.Index] : null)).ToList();

    private string Target(LayoutColumn column)
    {
        if (column == _layout.RespondentId) return CodedAnswerColumns.RespondentId;
        if (column == _layout.Theme) return CodedAnswerColumns.Theme;
        return _layout.Attributes.FirstOrDefault(a => a.Column == column)?.Attribute.Id ?? CodedAnswerColumns.Code;
    }

    private static string? Cell(SourceRow row, LayoutColumn? column) =>
        column is not null && column.Index < row.Cells.Length && !string.IsNullOrWhiteSpace(row.Cells[column.Index])
            ? row.Cells[column.Index]!.Trim()
            : null;
}
