using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace PohAnalytics.Functions.Tests.Hostile;

/// <summary>Writes minimal XLSX workbooks (inline strings, one sheet) with optional extra parts, for hostile cases.</summary>
internal sealed class XlsxBuilder
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""" +
        """<Default Extension="xml" ContentType="application/xml"/>""" +
        """<Override PartName="/xl/workbook.xml" """ +
        """ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
        """<Override PartName="/xl/worksheets/sheet1.xml" """ +
        """ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""";
    private readonly List<(string Name, Action<Stream> Write)> _extra = [];
    private readonly List<string?[]> _rows = [];
    private IEnumerable<string?[]> _generatedRows = [];
    private bool _compact;

    public XlsxBuilder Row(params string?[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <summary>Appends rows produced while the sheet is written, so a large sheet is never held in memory.</summary>
    public XlsxBuilder Rows(IEnumerable<string?[]> rows)
    {
        _generatedRows = rows;
        return this;
    }

    /// <summary>
    /// Writes numbers as number cells and leaves out the optional cell and row references, as some exporters do;
    /// a sheet of a million rows then stays under the inflation limit.
    /// </summary>
    public XlsxBuilder Compact()
    {
        _compact = true;
        return this;
    }

    /// <summary>Adds a part written by <paramref name="write"/> (for padding, macros or shared strings).</summary>
    public XlsxBuilder Part(string name, Action<Stream> write)
    {
        _extra.Add((name, write));
        return this;
    }

    public byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", ContentTypes);
            Text(zip, "_rels/.rels",
                $"""<Relationships xmlns="{Rel}"><Relationship Id="rId1" Type="{OfficeRel}/officeDocument" """ +
                $"""Target="xl/workbook.xml"/></Relationships>""");
            Text(zip, "xl/workbook.xml",
                $"""<workbook xmlns="{Main}" xmlns:r="{OfficeRel}">""" +
                $"""<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Text(zip, "xl/_rels/workbook.xml.rels",
                $"""<Relationships xmlns="{Rel}"><Relationship Id="rId1" Type="{OfficeRel}/worksheet" """ +
                $"""Target="worksheets/sheet1.xml"/></Relationships>""");
            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            using (var writer = new StreamWriter(sheet.Open(), new UTF8Encoding(false)))
            {
                writer.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>""");
                var r = 0;
                foreach (var row in _rows.Concat(_generatedRows))
                {
                    r++;
                    writer.Write(_compact ? "<row>" : $"<row r=\"{r}\">");
                    for (var c = 0; c < row.Length; c++)
                        if (row[c] is { } value)
                            writer.Write(Cell(value, _compact ? null : $"{Column(c)}{r}"));
                    writer.Write("</row>");
                }
                writer.Write("</sheetData></worksheet>");
            }
            foreach (var (name, write) in _extra)
            {
                using var part = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                write(part);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="bytes"/> zero bytes (a padding part that compresses about a thousandfold).</summary>
    public static Action<Stream> Zeros(long bytes) => stream =>
    {
        var block = new byte[1 << 20];
        for (long left = bytes; left > 0; left -= block.Length)
            stream.Write(block, 0, (int)Math.Min(block.Length, left));
    };

    private static string Cell(string value, string? reference)
    {
        var at = reference is null ? "" : $" r=\"{reference}\"";
        return reference is null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? $"<c><v>{value}</v></c>"
            : $"<c{at} t=\"inlineStr\"><is><t>{SecurityElement.Escape(value)}</t></is></c>";
    }

    private static void Text(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
            name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }
}
