using System.Runtime.CompilerServices;
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
    private readonly Item[] _items;

    /// <summary>Groups the mapped option columns (cells in <paramref name="mapped"/>'s order) by their item.</summary>
    public MultiResponseRule(CodebookDefinition codebook, IReadOnlyList<(MappedColumn Column, int Target)> mapped)
    {
        var options = Enumerable.Range(0, mapped.Count)
            .Where(i => mapped[i].Column.Option is not null)
            .ToLookup(i => mapped[i].Column.Variable.Id, i => (Cell: i, mapped[i].Target));
        _items = codebook.Variables
            .Where(v => v.Type == VariableType.MultiResponse)
            .Select(v => new Item(v, options[v.Id].ToArray()))
            .ToArray();
    }

    /// <summary>
    /// Sets every option of an item the row left entirely empty (by whether its parsed cells are
    /// <paramref name="empty"/>) to null, unless the codebook says unchecked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(ReadOnlySpan<bool> empty, CuratedBatch batch, int slot)
    {
        foreach (var item in _items)
        {
            if (item.Columns.Length == 0 || item.Variable.AllEmptyMeaning == EmptyMeaning.Unchecked || Answered(item, empty)) continue;
            foreach (var (_, target) in item.Columns)
                batch.Set(target, slot, null);
        }
    }

    /// <summary>Adds the items an accepted row did not answer (or whose options are not in the file) to the tallies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CountEmpty(CuratedBatch batch, int slot, Dictionary<string, long> notAsked, Dictionary<string, long> missing)
    {
        foreach (var item in _items)
        {
            if (AnyKept(item, batch, slot)) continue;
            var tally = item.Columns.Length > 0 && item.Variable.AllEmptyMeaning == EmptyMeaning.Missing ? missing : notAsked;
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tally, item.Variable.Id, out _)++;
        }
    }

    private static bool AnyKept(Item item, CuratedBatch batch, int slot)
    {
        foreach (var (_, target) in item.Columns)
            if (!batch.IsNull(target, slot)) return true;
        return false;
    }

    private static bool Answered(Item item, ReadOnlySpan<bool> empty)
    {
        foreach (var (cell, _) in item.Columns)
            if (!empty[cell]) return true;
        return false;
    }

    private sealed record Item(VariableDefinition Variable, (int Cell, int Target)[] Columns);
}
