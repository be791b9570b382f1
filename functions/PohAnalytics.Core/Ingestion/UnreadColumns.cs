namespace PohAnalytics.Core.Ingestion;

/// <summary>
/// The columns whose cell texts the pipeline never looks at (personal data it drops, headers the codebook does not know),
/// told to the reader once the header is mapped: their cells need not become strings. A name or an e-mail address is
/// unique per row, so it was most of the strings a reader made that were never used again.
/// </summary>
internal sealed class UnreadColumns
{
    /// <summary>What an unread cell that is not blank holds instead of its text.</summary>
    public const string Placeholder = "(not read)";

    private bool[]? _unread;

    /// <summary>Per column, whether its cells are unread; null until <see cref="Set"/> (rows read before keep every text).</summary>
    public bool[]? Current => Volatile.Read(ref _unread);

    /// <summary>Marks every column below <paramref name="width"/> that is not in <paramref name="read"/> as unread.</summary>
    public void Set(int width, IEnumerable<int> read)
    {
        var unread = Enumerable.Repeat(true, width).ToArray();
        foreach (var index in read)
            if (index < width) unread[index] = false;
        Volatile.Write(ref _unread, unread);
    }
}
