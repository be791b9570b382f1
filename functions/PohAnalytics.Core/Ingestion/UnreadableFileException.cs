namespace PohAnalytics.Core.Ingestion;

/// <summary>A file that cannot be ingested at all; the message is shown to the person who uploaded it.</summary>
public sealed class UnreadableFileException : Exception
{
    /// <summary>Creates the exception with a reason a person understands.</summary>
    public UnreadableFileException(string message, Exception? inner = null) : base(message, inner) { }
}
