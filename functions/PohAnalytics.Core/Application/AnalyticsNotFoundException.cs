namespace PohAnalytics.Core.Application;

/// <summary>A dataset, dataset version or benchmark that was asked for does not exist (HTTP 404).</summary>
public sealed class AnalyticsNotFoundException : Exception
{
    /// <summary>Creates an exception without details.</summary>
    public AnalyticsNotFoundException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What was not found.</param>
    public AnalyticsNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    /// <param name="message">What was not found.</param>
    /// <param name="innerException">The cause.</param>
    public AnalyticsNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
