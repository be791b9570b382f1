using PohAnalytics.Core.Codebook;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// The row-level rule of multi-response items: a cell left empty beside a ticked option is "not chosen", but a row that
/// leaves every option of an item empty did not answer the item. Its options become null (outside every denominator)
/// as the codebook's <see cref="VariableDefinition.AllEmptyMeaning"/> says: not asked, or item nonresponse when the item
/// has a "none of these" option; <c>unchecked</c> keeps the row as asked, ticked none.
/// </summary>
internal sealed class MultiResponseRule
{
    private readonly CellParser _parser;
    private readonly Item[] _items;

    public MultiResponseRule(CodebookDefinition codebook, CellParser parser, CuratedSchema schema, ColumnMapping mapping)
    {
        _parser = parser;
        var options = mapping.Mapped.Where(m => m.Option is not null).ToLookup(m => m.Variable.Id);
        _items = codebook.Variables
            .Where(v => v.Type == VariableType.MultiResponse)
            .Select(v => new Item(v, options[v.Id].Select(m => (m, schema.IndexOf(m.CanonicalName))).ToArray()))
            .ToArray();
    }

    /// <summary>Sets every option of an item the row left entirely empty to null, unless the codebook says unchecked.</summary>
    public void Apply(SourceRow row, CuratedBatch batch, int slot)
    {
        foreach (var item in _items)
        {
            if (item.Columns.Length == 0 || item.Variable.AllEmptyMeaning == EmptyMeaning.Unchecked || Answered(item, row)) continue;
            foreach (var (_, target) in item.Columns)
                batch.Set(target, slot, null);
        }
    }

    /// <summary>Adds the items an accepted row did not answer (or whose options are not in the file) to the tallies.</summary>
    public void CountEmpty(CuratedBatch batch, int slot, Dictionary<string, long> notAsked, Dictionary<string, long> missing)
    {
        foreach (var item in _items)
        {
            if (item.Columns.Any(c => !batch.IsNull(c.Target, slot))) continue;
            var tally = item.Columns.Length > 0 && item.Variable.AllEmptyMeaning == EmptyMeaning.Missing ? missing : notAsked;
            tally[item.Variable.Id] = tally.GetValueOrDefault(item.Variable.Id) + 1;
        }
    }

    private bool Answered(Item item, SourceRow row)
    {
        foreach (var (column, _) in item.Columns)
        {
            var raw = column.Index < row.Cells.Length ? row.Cells[column.Index] : null;
            if (!string.IsNullOrWhiteSpace(raw) && !_parser.IsEmptyCheckbox(column, raw)) return true;
        }
        return false;
    }

    private sealed record Item(VariableDefinition Variable, (MappedColumn Column, int Target)[] Columns);
}
