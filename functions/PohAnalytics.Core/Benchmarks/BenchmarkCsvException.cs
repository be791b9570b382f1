namespace PohAnalytics.Core.Benchmarks;

/// <summary>A benchmark CSV could not be read; the message names the row and column.</summary>
public sealed class BenchmarkCsvException : Exception
{
    /// <summary>Creates an exception without details.</summary>
    public BenchmarkCsvException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public BenchmarkCsvException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BenchmarkCsvException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming the row (1-based, header = 1) and column.</summary>
    /// <param name="row">Row number in the file.</param>
    /// <param name="column">Column name.</param>
    /// <param name="problem">What is wrong with the cell.</param>
    public BenchmarkCsvException(int row, string column, string problem)
        : base($"Row {row}, column '{column}': {problem}")
    {
        Row = row;
        Column = column;
    }

    /// <summary>Row number (header = 1), when known.</summary>
    public int? Row { get; }

    /// <summary>Column name, when known.</summary>
    public string? Column { get; }
}
