namespace PohAnalytics.Core.Statistics.Weighting;

/// <summary>Raking could not produce weights: inconsistent margins, categories without a counterpart, or no convergence.</summary>
public sealed class RakingException : Exception
{
    /// <summary>Creates an exception without details.</summary>
    public RakingException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, naming the variable and category.</param>
    public RakingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and inner exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RakingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming the variable and category concerned.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="variable">The raking variable concerned.</param>
    /// <param name="category">The category concerned, if one.</param>
    public RakingException(string message, string? variable, string? category)
        : base(message)
    {
        Variable = variable;
        Category = category;
    }

    /// <summary>The raking variable concerned, if one.</summary>
    public string? Variable { get; }

    /// <summary>The category concerned, if one.</summary>
    public string? Category { get; }
}
