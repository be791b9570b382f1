using System.Text;

namespace PohAnalytics.Bench;

/// <summary>Writes a large export by repeating the demo survey's data rows with fresh respondent numbers.</summary>
public static class SyntheticExport
{
    /// <summary>Streams <paramref name="rows"/> data rows plus the header into <paramref name="output"/>.</summary>
    public static async Task WriteAsync(string demoCsv, int rows, Stream output)
    {
        var lines = await File.ReadAllLinesAsync(demoCsv, Encoding.UTF8);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await writer.WriteLineAsync(lines[0]);
        var data = lines.Skip(1).Where(l => l.Length > 0).Select(l => l[(l.IndexOf(';') + 1)..]).ToArray();
        for (var i = 0; i < rows; i++)
        {
            await writer.WriteAsync('R');
            await writer.WriteAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await writer.WriteAsync(';');
            await writer.WriteLineAsync(data[i % data.Length]);
        }
    }
}
