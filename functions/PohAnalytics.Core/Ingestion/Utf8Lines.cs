namespace PohAnalytics.Core.Ingestion;

/// <summary>Counts the lines of a byte stream that hold UTF-8 beyond ASCII, and those that are not valid UTF-8.</summary>
internal static class Utf8Lines
{
    /// <summary>Lines with valid multi-byte UTF-8 and lines with invalid bytes, with the first of each (1-based).</summary>
    public readonly record struct Counts(long Utf8, long Invalid, long FirstUtf8, long FirstInvalid);

    /// <summary>Reads the stream to its end once.</summary>
    public static Counts Count(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        long line = 1, utf8 = 0, invalid = 0, firstUtf8 = 0, firstInvalid = 0;
        bool lineUtf8 = false, lineInvalid = false;
        var pending = 0; // continuation bytes still expected
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var i = 0;
            while (i < n)
            {
                if (pending == 0)
                {
                    // Exports are mostly ASCII: jump over a run of it, counting its line ends, instead of byte by byte.
                    var ascii = buffer.AsSpan(i, n - i);
                    var run = ascii.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                    if (run < 0) run = ascii.Length;
                    var ends = ascii[..run].Count((byte)'\n');
                    if (ends > 0)
                    {
                        EndLine();
                        line += ends - 1;
                    }
                    i += run;
                    if (i == n) break;
                }
                var b = buffer[i++];
                if (pending > 0)
                {
                    if ((b & 0xC0) == 0x80)
                    {
                        if (--pending == 0) lineUtf8 = true;
                        continue;
                    }
                    pending = 0;
                    lineInvalid = true;
                }
                if (b < 0x80)
                {
                    if (b == (byte)'\n') EndLine();
                }
                else if (b is >= 0xC2 and <= 0xDF) pending = 1;
                else if (b is >= 0xE0 and <= 0xEF) pending = 2;
                else if (b is >= 0xF0 and <= 0xF4) pending = 3;
                else lineInvalid = true;
            }
        }
        if (pending > 0) lineInvalid = true;
        EndLine();
        return new Counts(utf8, invalid, firstUtf8, firstInvalid);

        void EndLine()
        {
            if (lineInvalid)
            {
                invalid++;
                if (firstInvalid == 0) firstInvalid = line;
            }
            else if (lineUtf8)
            {
                utf8++;
                if (firstUtf8 == 0) firstUtf8 = line;
            }
            (lineUtf8, lineInvalid) = (false, false);
            line++;
        }
    }
}
