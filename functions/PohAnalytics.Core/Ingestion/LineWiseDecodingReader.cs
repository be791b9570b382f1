using System.Text;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Decodes a file that mixes encodings line by line: a line (or, in a very long line, a 64 KB piece) that is valid
/// UTF-8 is read as UTF-8, any other as the fallback encoding (Windows-1252).
/// </summary>
internal sealed class LineWiseDecodingReader(Stream stream, Encoding fallback) : TextReader
{
    private const int PieceBytes = 64 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
    private readonly BufferedStream _input = new(stream, PieceBytes);
    private readonly byte[] _line = new byte[PieceBytes];
    private char[] _chars = new char[PieceBytes + 1];
    private int _charCount;
    private int _charPos;

    /// <inheritdoc />
    public override int Peek() => Fill() ? _chars[_charPos] : -1;

    /// <inheritdoc />
    public override int Read() => Fill() ? _chars[_charPos++] : -1;

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        if (buffer.Length == 0 || !Fill()) return 0;
        var n = Math.Min(buffer.Length, _charCount - _charPos);
        _chars.AsSpan(_charPos, n).CopyTo(buffer);
        _charPos += n;
        return n;
    }

    private bool Fill()
    {
        if (_charPos < _charCount) return true;
        var length = 0;
        int b;
        while (length < PieceBytes && (b = _input.ReadByte()) >= 0)
        {
            _line[length++] = (byte)b;
            if (b == '\n') break;
        }
        if (length == 0) return false;
        var bytes = _line.AsSpan(0, length);
        Encoding encoding;
        try
        {
            StrictUtf8.GetCharCount(bytes);
            encoding = StrictUtf8;
        }
        catch (DecoderFallbackException)
        {
            encoding = fallback;
        }
        var needed = encoding.GetMaxCharCount(length);
        if (_chars.Length < needed) _chars = new char[needed];
        _charCount = encoding.GetChars(bytes, _chars);
        _charPos = 0;
        return _charCount > 0 || Fill();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) _input.Dispose();
        base.Dispose(disposing);
    }
}
