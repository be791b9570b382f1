using System.IO.Compression;
using System.Text;

namespace PohAnalytics.Bench;

/// <summary>Writes the worst-case inputs of issue 10 to a stream, generated rather than stored.</summary>
internal static class WorstCaseFiles
{
    private const string Header = "Geslacht;Leeftijd;Regio";

    /// <summary>The cases by name, each writing its file.</summary>
    public static readonly IReadOnlyDictionary<string, Action<Stream>> Cases =
        new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
    {
        ["long-line-10mb"] = s => Text(s, w => { for (var i = 0; i < 1_250_000; i++) w.Write("Kolom;12"); }),
        ["cell-1.1mb"] = s => Text(s, w => { w.Write(Header + "\nVrouw;40;\""); w.Write(new string('x', 1_100_000)); w.Write("\"\n"); }),
        ["headers-16000"] = s => Text(s, w =>
        {
            w.Write("Geslacht;Leeftijd");
            for (var i = 0; i < 16_000; i++) w.Write($";Onbekend {i}");
            w.Write("\nVrouw;40\n");
        }),
        ["columns-1999-rows-20000"] = s => Text(s, w =>
        {
            w.Write("Geslacht;Leeftijd");
            for (var i = 2; i < 1_999; i++) w.Write($";Onbekend {i}");
            w.Write('\n');
            var filler = new string(';', 1_997);
            for (var r = 0; r < 20_000; r++) w.Write($"Vrouw;{20 + r % 60}{filler}\n");
        }),
        ["unclosed-quote-50mb"] = s => Text(s, w =>
        {
            w.Write(Header + "\n");
            for (var r = 0; r < 2_000_000; r++) w.Write(r == 8 ? "Vrouw;40;\"Noord\n" : "Vrouw;40;Noord\n");
        }),
        ["mixed-encoding-50mb"] = s =>
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var cp1252 = Encoding.GetEncoding(1252);
            using var w = new StreamWriter(s, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            w.Write(Header + ";Opmerking ëën\n");
            w.Flush();
            var line = cp1252.GetBytes("Man;50;Zuid;caf\u00e9\n");
            for (var r = 0; r < 2_500_000; r++) s.Write(line);
        },
        ["xlsx-shared-strings-600mb"] = s => Workbook(s, "xl/sharedStrings.xml",
            $"<sst xmlns=\"{Main}\">", 600L << 20, "<si><t>herhaalde tekst</t></si>", "</sst>"),
        ["xlsx-shared-strings-60mb"] = s => Workbook(s, "xl/sharedStrings.xml",
            $"<sst xmlns=\"{Main}\">", 60L << 20, "<si><t>herhaalde tekst</t></si>", "</sst>"),
        ["xlsx-sheet-100mb"] = s => Workbook(s, "xl/worksheets/sheet1.xml",
            $"<worksheet xmlns=\"{Main}\"><sheetData>" + HeaderRow, 100L << 20,
            "<row><c t=\"inlineStr\"><is><t>Vrouw</t></is></c><c><v>40</v></c></row>", "</sheetData></worksheet>"),
        ["xlsx-sheet-1.16gb"] = s => Workbook(s, "xl/worksheets/sheet1.xml",
            $"<worksheet xmlns=\"{Main}\"><sheetData>" + HeaderRow, 1_160L << 20,
            "<row><c t=\"inlineStr\"><is><t>Vrouw</t></is></c><c><v>40</v></c></row>", "</sheetData></worksheet>"),
    };

    private static void Text(Stream stream, Action<StreamWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        write(writer);
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string HeaderRow =
        "<row><c t=\"inlineStr\"><is><t>Geslacht</t></is></c><c t=\"inlineStr\"><is><t>Leeftijd</t></is></c></row>";
    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""" +
        """<Default Extension="xml" ContentType="application/xml"/>""" +
        """<Override PartName="/xl/workbook.xml" """ +
        """ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
        """</Types>""";

    private static void Workbook(Stream stream, string bombPart, string prefix, long bombBytes, string unitText, string suffix)
    {
        const string main = Main;
        const string rel = "http://schemas.openxmlformats.org/package/2006/relationships";
        const string officeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        void Part(string name, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
        Part("[Content_Types].xml", ContentTypes);
        Part("_rels/.rels",
            $"""<Relationships xmlns="{rel}"><Relationship Id="rId1" Type="{officeRel}/officeDocument" """ +
            $"""Target="xl/workbook.xml"/></Relationships>""");
        Part("xl/workbook.xml",
            $"""<workbook xmlns="{main}" xmlns:r="{officeRel}">""" +
            $"""<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Part("xl/_rels/workbook.xml.rels",
            $"""<Relationships xmlns="{rel}"><Relationship Id="rId1" Type="{officeRel}/worksheet" """ +
            $"""Target="worksheets/sheet1.xml"/></Relationships>""");
        if (bombPart != "xl/worksheets/sheet1.xml")
            Part("xl/worksheets/sheet1.xml",
                $"""<worksheet xmlns="{main}"><sheetData>{HeaderRow}""" +
                $"""<row><c t="inlineStr"><is><t>Vrouw</t></is></c></row></sheetData></worksheet>""");
        using var bomb = zip.CreateEntry(bombPart, CompressionLevel.SmallestSize).Open();
        var unit = Encoding.UTF8.GetBytes(unitText);
        var block = new byte[unit.Length * ((1 << 20) / unit.Length)];
        for (var i = 0; i + unit.Length <= block.Length; i += unit.Length) unit.CopyTo(block, i);
        bomb.Write(Encoding.UTF8.GetBytes(prefix));
        for (long written = 0; written < bombBytes; written += block.Length) bomb.Write(block);
        bomb.Write(Encoding.UTF8.GetBytes(suffix));
    }
}
