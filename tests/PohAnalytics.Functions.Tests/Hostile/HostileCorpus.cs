using System.Text;

namespace PohAnalytics.Functions.Tests.Hostile;

/// <summary>
/// The hostile-input corpus: empty, binary and renamed files, ragged and wide tables, zip bombs, macros, encrypted and
/// truncated workbooks, hostile names, unclosed quotes, long lines, mixed encodings, UTF-16 without BOM, look-alike
/// headers and formula-looking values. Large cases are generated here, never committed.
/// </summary>
internal static class HostileCorpus
{
    private const string Header = "Geslacht;Leeftijd;Regio";
    private static readonly Encoding Cp1252 = CodePages();

    public static readonly IReadOnlyList<HostileCase> Cases =
    [
        new("empty file", "leeg.csv", () => [], HostileOutcome.Refused, "is empty"),
        new("only blank lines", "blanco.csv", () => Utf8("\n\n   \n\t\n"), HostileOutcome.Failed, "no header row"),
        new("only a byte-order mark", "bom.csv", () => [0xEF, 0xBB, 0xBF], HostileOutcome.Failed, "no header row"),
        new("header only", "alleen-kop.csv", () => Utf8(Header + "\n"), HostileOutcome.Failed, "no data rows"),
        new("header beyond the scanned rows", "diepe-kop.csv",
            () => Utf8(string.Concat(Enumerable.Repeat("Titel\n", 40)) + Header + "\nVrouw;40;Noord\n"),
            HostileOutcome.Failed, "no header row"),
        new("random binary", "ruis.csv", () => Random(20_000, 1), HostileOutcome.Failed, "no header row"),
        new("png renamed to csv", "plaatje.csv",
            () => [0x89, .. "PNG\r\n\u001a\n"u8, .. Random(5_000, 2)], HostileOutcome.Failed, "no header row"),
        new("pdf renamed to xlsx", "rapport.xlsx",
            () => Utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"), HostileOutcome.Failed, "no header row"),
        new("zip that is no workbook", "archief.xlsx", ZipWithoutWorkbook, HostileOutcome.Failed, "cannot be opened"),
        new("csv renamed to xlsx", "eigenlijk-csv.xlsx",
            () => Utf8(Header + "\nVrouw;41;Noord\nMan;52;Zuid\n"), HostileOutcome.Succeeded, ""),
        new("xlsx renamed to csv", "eigenlijk-xlsx.csv",
            () => new XlsxBuilder().Row("Geslacht", "Leeftijd").Row("Vrouw", "43").Row("Man", "57").Build(),
            HostileOutcome.Succeeded, ""),
        new("ragged rows", "rafelig.csv",
            () => Utf8(Header + "\nVrouw;40;Noord;extra;meer\nMan;50\nVrouw;45;Oost\n"), HostileOutcome.NeedsReview, "ragged"),
        new("duplicate headers", "dubbele-kop.csv",
            () => Utf8("Geslacht;Geslacht;Leeftijd\nVrouw;Man;40\nMan;Man;50\n"), HostileOutcome.Succeeded, ""),
        new("5,000 columns", "breed.csv", () => Wide(5_000), HostileOutcome.Failed, "5,000 columns; at most 2,000"),
        new("1,500 unknown headers", "veel-koppen.csv", () => Wide(1_500), HostileOutcome.Succeeded, ""),
        new("cell of 40,000 characters", "lange-cel.csv", () => Utf8(Header + "\nVrouw;40;\"" + new string('x', 40_000) + "\"\n"),
            HostileOutcome.Failed, "cell longer than 32,767 characters"),
        new("line of 600 KB without a line break", "lange-regel.csv",
            () => Utf8(Header + "\n" + string.Concat(Enumerable.Repeat("Vrouw;40;", 70_000))),
            HostileOutcome.Failed, "Row 2 is longer than"),
        new("header of 600 KB without a line break", "lange-kop.csv", () => Utf8(string.Concat(Enumerable.Repeat("Geslacht;", 70_000))),
            HostileOutcome.Failed, "Row 1 is longer than"),
        new("unclosed quote in row 10", "open-quote.csv",
            () => Rows(79, 10, "\"Noord"), HostileOutcome.Failed, "Row 10 opens a quote on line 10 that is never closed"),
        new("unclosed quote in the last row", "open-quote-eind.csv",
            () => Utf8(Header + "\nVrouw;40;Noord\nMan;50;\"Zuid\n"), HostileOutcome.Failed, "never closed"),
        new("stray quotes swallowing 150 lines", "dwaalquote.csv", () => StrayQuotes(), HostileOutcome.Failed, "runs over"),
        new("quoted value over three lines", "meerregelig.csv",
            () => Utf8(Header + "\nVrouw;40;\"Noord\nen\nZuid\"\nMan;50;Oost\n"), HostileOutcome.Succeeded, ""),
        new("mixed utf-8 and windows-1252", "gemengd.csv", MixedEncodings, HostileOutcome.Succeeded, "mixes encodings"),
        new("windows-1252 only", "ansi.csv",
            () => Cp1252.GetBytes(Header + "\nVrouw;40;Fryslân\nMan;50;Limburg\n"), HostileOutcome.Succeeded, ""),
        new("utf-16le without bom", "utf16le.csv", () => Encoding.Unicode.GetBytes(Header + "\nVrouw;40;Noord\nMan;50;Zuid\n"),
            HostileOutcome.Succeeded, "UTF-16LE without a byte-order mark"),
        new("utf-16be without bom", "utf16be.csv", () => Encoding.BigEndianUnicode.GetBytes(Header + "\nVrouw;40;Noord\nMan;50;Zuid\n"),
            HostileOutcome.Succeeded, "UTF-16BE without a byte-order mark"),
        new("utf-16le with bom", "utf16le-bom.csv",
            () => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Header + "\nVrouw;40;Noord\nMan;51;Zuid\n")],
            HostileOutcome.Succeeded, ""),
        new("cyrillic look-alike in a header", "cyrillisch.csv",
            () => Utf8("G\u0435slacht;Leeftijd\nVrouw;40\nMan;50\n"), HostileOutcome.Succeeded, "U+0435"),
        new("greek look-alike in a header", "grieks.csv",
            () => Utf8("Geslacht;Leeftijd;Regi\u03bf\nVrouw;40;Noord\nMan;50;Zuid\n"), HostileOutcome.Succeeded, "U+03BF"),
        new("full-width header", "breedletter.csv",
            () => Utf8("\uff27\uff45\uff53\uff4c\uff41\uff43\uff48\uff54;Leeftijd\nVrouw;40\nMan;50\n"),
            HostileOutcome.Succeeded, "U+FF27"),
        new("zero-width space in a header", "nulbreedte.csv",
            () => Utf8("Geslacht\u200b;Leeftijd\nVrouw;40\nMan;50\n"), HostileOutcome.Succeeded, "U+200B"),
        new("formula-looking values", "formules.csv",
            () => Utf8(Header + "\n=1+1;40;Noord\nVrouw;+41;@SUM(A1)\nMan;-2+3;Zuid\nVrouw;44;Oost\n"),
            HostileOutcome.NeedsReview, "unknown category"),
        new("open label of 300 characters", "lang-label.csv", () => Utf8(Header + "\nVrouw;40;" + new string('r', 300) + "\nMan;50;Zuid\n"),
            HostileOutcome.NeedsReview, "an open answer of 300 characters"),
        new("dataset name of 300 characters", "lange-naam.csv",
            () => Utf8(Header + "\nVrouw;40;Noord\nMan;53;Zuid\n"), HostileOutcome.Refused, "dataset name has 300 characters")
        {
            DatasetName = new string('n', 300),
        },
        new("path traversal in the file name", "../../etc/passwd.csv",
            () => Utf8(Header + "\nVrouw;40;Noord\nMan;54;Zuid\n"), HostileOutcome.Succeeded, ""),
        new("control characters in the file name", "a\tb\u0007c.csv",
            () => Utf8(Header + "\nVrouw;40;Noord\nMan;55;Zuid\n"), HostileOutcome.Succeeded, ""),
        new("right-to-left override in the file name", "gnp\u202e.csv",
            () => Utf8(Header + "\nVrouw;40;Noord\nMan;56;Zuid\n"), HostileOutcome.Succeeded, ""),
        new("file name of 1,000 characters", new string('f', 1_000) + ".csv",
            () => Utf8(Header + "\nVrouw;40;Noord\nMan;57;Zuid\n"), HostileOutcome.Succeeded, ""),
        new("zip bomb (100 MB of padding)", "bom.xlsx", () => Workbook().Part("xl/media/pad.bin", XlsxBuilder.Zeros(100L << 20)).Build(),
            HostileOutcome.Failed, "inflates beyond 20 MB"),
        new("shared strings bomb", "tekstbom.xlsx", () => Workbook().Part("xl/sharedStrings.xml", SharedStrings(12L << 20)).Build(),
            HostileOutcome.Failed, "shared text inflates beyond 8 MB"),
        new("macro-enabled workbook", "macro.xlsm", () => Workbook().Part("xl/vbaProject.bin", s => s.Write(Random(4_000, 3))).Build(),
            HostileOutcome.Succeeded, "macros"),
        new("encrypted workbook", "versleuteld.xlsx", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Random(8_000, 4)],
            HostileOutcome.Failed, "damaged or password protected"),
        new("truncated workbook", "afgebroken.xlsx",
            () => Workbook().Build() is var full ? full[..(full.Length / 2)] : [], HostileOutcome.Failed, "damaged"),
        new("workbook with 5,000 columns", "breed.xlsx",
            () => new XlsxBuilder().Row(["Geslacht", "Leeftijd", .. Enumerable.Range(0, 4_998).Select(i => $"k{i}")])
            .Row("Vrouw", "40").Build(), HostileOutcome.Failed, "at most 2,000"),
        new("workbook cell of 40,000 characters", "lange-cel.xlsx",
            () => new XlsxBuilder().Row("Geslacht", "Leeftijd", "Regio").Row("Vrouw", "40", new string('y', 40_000))
            .Build(), HostileOutcome.Failed, "at most 32,767"),
        new("nul bytes in text", "nul.csv", () => Utf8(Header + "\nVrouw;40;No\0rd\nMan;58;Zuid\n"), HostileOutcome.Succeeded, ""),
        new("old mac line endings", "cr.csv", () => Utf8(Header + "\rVrouw;40;Noord\rMan;59;Zuid\r"), HostileOutcome.Succeeded, ""),
    ];

    public static IEnumerable<object[]> Names => Cases.Select(c => new object[] { c.Name });

    private static XlsxBuilder Workbook() => new XlsxBuilder().Row("Geslacht", "Leeftijd").Row("Vrouw", "40").Row("Man", "61");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Wide(int columns)
    {
        var builder = new StringBuilder("Geslacht;Leeftijd");
        for (var i = 2; i < columns; i++) builder.Append(";Onbekend ").Append(i);
        builder.Append("\nVrouw;40").Append(';', columns - 2).Append("\nMan;50").Append(';', columns - 2).Append('\n');
        return Utf8(builder.ToString());
    }

    private static byte[] Rows(int rows, int quoteRow, string quoted)
    {
        var builder = new StringBuilder(Header).Append('\n');
        for (var row = 2; row <= rows + 1; row++)
            builder.Append(row % 2 == 0 ? "Vrouw" : "Man").Append(';').Append(20 + row % 60).Append(';').Append(row == quoteRow ? quoted : "Noord").Append('\n');
        return Utf8(builder.ToString());
    }

    private static byte[] StrayQuotes()
    {
        var builder = new StringBuilder(Header).Append('\n');
        for (var row = 2; row <= 200; row++)
            builder.Append("Vrouw;").Append(20 + row % 60).Append(';').Append(row is 10 or 160 ? "\"Noord" : "Zuid").Append('\n');
        return Utf8(builder.ToString());
    }

    private static byte[] MixedEncodings()
    {
        using var buffer = new MemoryStream();
        buffer.Write(Utf8("Geslacht;Leeftijd;Opmerking ëën\nVrouw;40;café\n"));
        buffer.Write(Cp1252.GetBytes("Man;50;caf\u00e9 cr\u00e8me\nVrouw;45;na\u00efef\n"));
        return buffer.ToArray();
    }

    private static byte[] ZipWithoutWorkbook()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("leesmij.txt").Open()))
            writer.Write("geen werkboek");
        return buffer.ToArray();
    }

    private static Action<Stream> SharedStrings(long bytes) => stream =>
    {
        var item = Encoding.UTF8.GetBytes("<si><t>herhaalde tekst die nergens naartoe gaat</t></si>");
        stream.Write(Encoding.UTF8.GetBytes("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"));
        for (long written = 0; written < bytes; written += item.Length) stream.Write(item);
        stream.Write(Encoding.UTF8.GetBytes("</sst>"));
    };

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
