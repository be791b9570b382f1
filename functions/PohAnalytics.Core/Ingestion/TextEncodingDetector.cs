using System.Text;

namespace PohAnalytics.Core.Ingestion;

/// <summary>Decides how a CSV is encoded: a BOM wins; otherwise valid UTF-8 throughout, else Windows-1252 (Excel on Dutch Windows).</summary>
public static class TextEncodingDetector
{
    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Detects the encoding of a seekable stream and leaves the stream at position 0.</summary>
    public static (Encoding Encoding, string Name) Detect(Stream stream)
    {
        stream.Position = 0;
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF) return (new UTF8Encoding(false), "utf-8-bom");
        if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE) return (Encoding.Unicode, "utf-16le");
        if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF) return (Encoding.BigEndianUnicode, "utf-16be");
        var valid = IsValidUtf8(stream);
        stream.Position = 0;
        return valid ? (new UTF8Encoding(false), "utf-8") : (Encoding.GetEncoding(1252), "windows-1252");
    }

    private static bool IsValidUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[64 * 1024 + 4];
        try
        {
            int n;
            while ((n = stream.Read(bytes, 0, bytes.Length)) > 0)
                decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
