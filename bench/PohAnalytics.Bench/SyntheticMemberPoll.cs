using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using PohAnalytics.Core.Ingestion;

namespace PohAnalytics.Bench;

/// <summary>A large member poll: the demo poll's header and data rows (read as the pipeline reads them), repeated, as CSV.</summary>
public static class SyntheticMemberPoll
{
    /// <summary>The CSV bytes (<c>;</c>-separated) with <paramref name="rows"/> data rows.</summary>
    public static byte[] Write(string demoXlsx, int rows)
    {
        using var source = new XlsxTabularSource(File.OpenRead(demoXlsx));
        // Rows are read while the workbook is open, that is inside the enumeration of its sheets.
        var all = source.Sheets().Select(s => s.Rows.Where(r => !r.IsBlank).Select(r => r.Cells).ToList()).First();
        // The header is the first row as wide as the table; title lines above it are left out.
        var width = all.Max(r => r.Count(c => !string.IsNullOrWhiteSpace(c)));
        var headerIndex = all.FindIndex(r => r.Count(c => !string.IsNullOrWhiteSpace(c)) >= width * 0.8);
        var data = all.Skip(headerIndex + 1).ToList();
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" }))
        {
            foreach (var row in all.Skip(headerIndex).Take(1).Concat(Enumerable.Range(0, rows).Select(i => data[i % data.Count])))
            {
                foreach (var cell in row) csv.WriteField(cell ?? "");
                csv.NextRecord();
            }
        }
        return output.ToArray();
    }
}
