using System.Text;

namespace PohAnalytics.Core.Ingestion;

/// <summary>Decides how a CSV is encoded: a BOM wins; otherwise valid UTF-8 throughout, else Windows-1252 (Excel on Dutch Windows).</summary>
public static class TextEncodingDetector
{
    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Detects the encoding of a seekable stream and leaves the stream at position 0.</summary>
    public static (Encoding Encoding, string Name) Detect(Stream stream)
    {
        var result = Inspect(stream);
        return (result.Encoding, result.Name);
    }

    /// <summary>
    /// Detects the encoding, also UTF-16 without a BOM and files mixing UTF-8 and Windows-1252 lines (each then read in
    /// its own encoding), with a warning for both; leaves the stream at position 0.
    /// </summary>
    internal static TextEncodingResult Inspect(Stream stream)
    {
        stream.Position = 0;
        var head = new byte[4096];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) return new(new UTF8Encoding(false), "utf-8-bom");
        if (read >= 2 && head[0] == 0xFF && head[1] == 0xFE) return new(Encoding.Unicode, "utf-16le");
        if (read >= 2 && head[0] == 0xFE && head[1] == 0xFF) return new(Encoding.BigEndianUnicode, "utf-16be");
        if (Utf16WithoutBom(head.AsSpan(0, read)) is { } utf16)
        {
            var name = utf16.IsBigEndian() ? "utf-16be" : "utf-16le";
            var upper = name.ToUpperInvariant();
            return new(utf16, name, Warning: $"The file is {upper} without a byte-order mark; it was read as {upper}.");
        }
        var lines = Utf8Lines.Count(stream);
        stream.Position = 0;
        if (lines.Invalid == 0) return new(new UTF8Encoding(false), "utf-8");
        var cp1252 = Encoding.GetEncoding(1252);
        if (lines.Utf8 == 0) return new(cp1252, "windows-1252");
        return new(cp1252, "mixed utf-8/windows-1252", PerLine: true, Warning:
            $"The file mixes encodings: {lines.Utf8} lines are UTF-8 (first: line {lines.FirstUtf8}) and {lines.Invalid} lines are " +
            $"Windows-1252 (first: line {lines.FirstInvalid}); each line was read in its own encoding. Save the file as UTF-8 to be sure.");
    }

    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        return null;
    }

    private static bool IsBigEndian(this Encoding encoding) => encoding.CodePage == 1201;
}
