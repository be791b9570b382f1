namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Finds the header row of a sheet below any title rows: among the first non-blank rows, the one with the most
/// known headers (at least <see cref="IngestionPipelineOptions.MinKnownHeaders"/>) wins; the first such row on a tie.
/// </summary>
public sealed class HeaderLocator(IngestionPipelineOptions options)
{
    /// <summary>
    /// Scans the sheet's first rows and returns the table below the header, or null (and the sheet's rows released)
    /// when no row has enough known headers.
    /// </summary>
    /// <param name="sheet">The sheet; its rows are enumerated once.</param>
    /// <param name="countKnownHeaders">How many cells of a row are headers the caller recognises.</param>
    public LocatedTable? Locate(SourceSheet sheet, Func<string?[], int> countKnownHeaders)
    {
        var rows = sheet.Rows.GetEnumerator();
        try
        {
            var scanned = new List<SourceRow>();
            while (scanned.Count < options.HeaderScanRows && rows.MoveNext())
                if (!rows.Current.IsBlank) scanned.Add(rows.Current);

            var best = -1;
            var bestScore = options.MinKnownHeaders - 1;
            var bestWarnings = new List<string>();
            var bestCells = Array.Empty<string?>();
            for (var i = 0; i < scanned.Count; i++)
            {
                var (cells, warnings) = NormaliseHeaders(scanned[i].Cells);
                var score = countKnownHeaders(cells);
                if (score > bestScore) (best, bestScore, bestWarnings, bestCells) = (i, score, warnings, cells);
            }
            if (best < 0)
            {
                rows.Dispose();
                return null;
            }
            var table = new LocatedTable(sheet.Format, scanned[best] with { Cells = bestCells }, scanned.Skip(best + 1), rows)
            {
                ReturnedCells = sheet.ReturnedCells,
                Unread = sheet.Unread,
            };
            table.Warnings.AddRange(sheet.Warnings);
            table.Warnings.AddRange(bestWarnings);
            return table;
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }

    // Look-alike letters in a header would leave its column unmapped without a word: they are folded, with a warning.
    private static (string?[] Cells, List<string> Warnings) NormaliseHeaders(string?[] cells)
    {
        var warnings = new List<string>();
        var normalised = new string?[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            normalised[i] = HeaderText.Normalise(cells[i], out var warning);
            if (warning is not null) warnings.Add(warning);
        }
        return (normalised, warnings);
    }

    /// <summary>
    /// Hands the first sheet of a source whose header row is found to <paramref name="use"/> (while the sheet is still
    /// open) and returns its result; returns null when no sheet has a header row.
    /// </summary>
    public async Task<T?> OnFirstTableAsync<T>(ITabularSource source, Func<string?[], int> countKnownHeaders, Func<LocatedTable, Task<T>> use)
        where T : class?
    {
        foreach (var sheet in source.Sheets())
        {
            using var table = Locate(sheet, countKnownHeaders);
            if (table is not null) return await use(table);
        }
        return default;
    }
}
