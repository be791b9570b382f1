using System.Text;
using System.Text.Unicode;

namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// Decodes a file that mixes encodings line by line: a line (or, in a very long line, a 64 KB piece) that is valid
/// UTF-8 is read as UTF-8, any other as the fallback encoding (Windows-1252).
/// </summary>
internal sealed class LineWiseDecodingReader(Stream stream, Encoding fallback) : TextReader
{
    private const int BufferBytes = 64 * 1024;
    private static readonly UTF8Encoding Utf8Text = new(false);
    private readonly byte[] _bytes = new byte[BufferBytes];
    private int _byteStart;
    private int _byteEnd;
    private char[] _chars = new char[BufferBytes + 1];
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
        while (_charPos >= _charCount)
        {
            var piece = NextPiece();
            if (piece.IsEmpty) return false;
            var encoding = Utf8.IsValid(piece) ? Utf8Text : fallback;
            var needed = encoding.GetMaxCharCount(piece.Length);
            if (_chars.Length < needed) _chars = new char[needed];
            _charCount = encoding.GetChars(piece, _chars);
            _charPos = 0;
        }
        return true;
    }

    // The next line including its line break, or the rest of the buffer when a line is longer than the buffer.
    private ReadOnlySpan<byte> NextPiece()
    {
        var newline = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart).IndexOf((byte)'\n');
        if (newline < 0)
        {
            Array.Copy(_bytes, _byteStart, _bytes, 0, _byteEnd - _byteStart);
            (_byteEnd, _byteStart) = (_byteEnd - _byteStart, 0);
            int read;
            while (_byteEnd < _bytes.Length && (read = stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd)) > 0)
                _byteEnd += read;
            newline = _bytes.AsSpan(0, _byteEnd).IndexOf((byte)'\n');
        }
        var length = newline >= 0 ? newline + 1 : _byteEnd - _byteStart;
        var piece = _bytes.AsSpan(_byteStart, length);
        _byteStart += length;
        return piece;
    }
}
