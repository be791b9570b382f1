namespace PohAnalytics.Core.Registry;

/// <summary>A curated dataset read back for analysis: whole columns by name (string?[], double?[], int?[] or bool?[]).</summary>
/// <param name="RowCount">Respondents (rows).</param>
/// <param name="Columns">Column values by curated column name; null cells are not asked or missing.</param>
/// <param name="Metadata">Key-value metadata of the curated file.</param>
public sealed record CuratedData(int RowCount, IReadOnlyDictionary<string, Array> Columns, IReadOnlyDictionary<string, string> Metadata)
{
    // Converted columns are kept: every statistic asks for the same Likert codes and numbers, and converting a 1M-row
    // column allocates a million strings each time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, Type Type), Array> _converted = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _ranks = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CodedColumn> _coded = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _derived = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, CodedColumn>? _coding;
    // The columns the coding was given for: a copy made with other columns (`with { Columns = … }`) must not use it.
    private readonly IReadOnlyDictionary<string, Array>? _codedColumns;

    /// <summary>
    /// Text columns the reader coded while decoding them (each equal to
    /// <see cref="CodedColumn.Of(IReadOnlyList{string})"/> of the column); any other column is coded on first use. A copy
    /// with other <see cref="Columns"/> has no coding.
    /// </summary>
    public IReadOnlyDictionary<string, CodedColumn>? Coding
    {
        get => ReferenceEquals(_codedColumns, Columns) ? _coding : null;
        init
        {
            _coding = value;
            _codedColumns = Columns;
        }
    }

    // A copy (`with`) starts with empty caches: its columns may differ, and the caches hold what was made from them.
    private CuratedData(CuratedData original)
    {
        RowCount = original.RowCount;
        Columns = original.Columns;
        Metadata = original.Metadata;
        _coding = original._coding;
        _codedColumns = original._codedColumns;
        // A record's copy constructor runs no field initialisers.
        _converted = new();
        _ranks = new(StringComparer.Ordinal);
        _coded = new(StringComparer.Ordinal);
        _derived = new(StringComparer.Ordinal);
    }

    /// <summary>A text column (category codes), or null when the file has no such column.</summary>
    public string?[]? Text(string name) => Columns.GetValueOrDefault(name) as string?[];

    /// <summary>A numeric column as doubles (Likert and integer columns converted), or null when absent.</summary>
    public double?[]? Numbers(string name) => Columns.GetValueOrDefault(name) switch
    {
        double?[] numbers => numbers,
        int?[] integers => (double?[])_converted.GetOrAdd((name, typeof(double?)), _ => integers.Select(v => (double?)v).ToArray()),
        _ => null,
    };

    /// <summary>A categorical column as text codes (Likert scores as "1"…"5"), or null when absent.</summary>
    public string?[]? Codes(string name) => Columns.GetValueOrDefault(name) switch
    {
        string?[] text => text,
        int?[] integers => (string?[])_converted.GetOrAdd((name, typeof(string)),
            _ => integers.Select(v => v is { } x ? Score(x) : null).ToArray()),
        _ => null,
    };

    /// <summary>
    /// A numeric column's distinct values and each row's rank among them (all missing when the column is absent). Kept:
    /// the column is summarised unweighted and under every raking, and each summary needs the order for its median.
    /// </summary>
    internal Statistics.Descriptive.ValueRanks Ranks(string name) =>
        (Statistics.Descriptive.ValueRanks)_ranks.GetOrAdd(name,
            _ => Statistics.Descriptive.ValueRanks.Of(Numbers(name) ?? new double?[RowCount]));

    /// <summary>
    /// A categorical column's distinct codes and each row's position among them (all empty when the column is absent).
    /// Kept: the audit, the descriptives under every weighting and each benchmark item read the same column.
    /// </summary>
    internal CodedColumn Coded(string name) => Coding?.GetValueOrDefault(name)
        ?? _coded.GetOrAdd(name, _ => Columns.GetValueOrDefault(name) is int?[] integers
            ? CodedColumn.Of(integers, Score)
            : CodedColumn.Of(Codes(name) ?? new string?[RowCount]));

    /// <summary>
    /// A value derived from the columns alone (never written to by its readers), made once and kept under a key that names
    /// the derivation: a variable's category per row, a benchmark item's membership per row. The descriptives under every
    /// weighting and the comparison with every benchmark read the same ones, and each is a new array of a row per respondent.
    /// </summary>
    internal T Derived<T>(string key, Func<T> derive) where T : notnull => (T)_derived.GetOrAdd(key, _ => derive());

    /// <summary>A yes/no column (multi-response option), or null when absent.</summary>
    public bool?[]? Flags(string name) => Columns.GetValueOrDefault(name) as bool?[];

    private static readonly string[] SmallScores =
        Enumerable.Range(0, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string Score(int value) =>
        value is >= 0 and <= 10 ? SmallScores[value] : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
