using System.Globalization;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Bounds a report for the registry: the first items of each list with counts for the rest, long values and headers
/// cut with their length, so no input can make the stored record exceed its size limit.
/// </summary>
internal static class ReportSummary
{
    /// <summary>The bounded summary of <paramref name="report"/>.</summary>
    public static IngestionReport Bound(IngestionReport report, IngestionPipelineOptions options)
    {
        var omitted = new Dictionary<string, long>(report.Omitted);
        var items = options.MaxReportedItems;
        IReadOnlyList<T> Take<T>(string name, IReadOnlyList<T> list, Func<T, T> cut)
        {
            if (list.Count > items) omitted[name] = omitted.GetValueOrDefault(name) + list.Count - items;
            return list.Take(items).Select(cut).ToList();
        }
        string? Cut(string? text) => Text(text, options.MaxReportedValueChars);
        ColumnReport CutColumn(ColumnReport c) => new(Cut(c.Header)!, Cut(c.Detail)!);

        return report with
        {
            FileName = Cut(report.FileName)!,
            FirstErrors = Take("firstErrors", report.FirstErrors,
                e => e with { Column = Cut(e.Column)!, Value = Cut(e.Value), Reason = Cut(e.Reason)! }),
            MappedColumns = Take("mappedColumns", report.MappedColumns, CutColumn),
            UnmappedColumns = Take("unmappedColumns", report.UnmappedColumns, CutColumn),
            DroppedColumns = Take("droppedColumns", report.DroppedColumns, CutColumn),
            Warnings = Take("warnings", report.Warnings, w => Cut(w)!),
            NotAsked = report.NotAsked.Count > items ? report.NotAsked.Take(items).ToDictionary() : report.NotAsked,
            Missing = report.Missing.Count > items ? report.Missing.Take(items).ToDictionary() : report.Missing,
            Omitted = omitted,
        };
    }

    /// <summary>The text cut to <paramref name="max"/> characters, with its full length when it was cut.</summary>
    public static string? Text(string? text, int max) =>
        text is null || text.Length <= max
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text[..max]}… ({text.Length:N0} characters)");
}
