using PohAnalytics.Core.Disclosure;

namespace PohAnalytics.Core.Codebook;

/// <summary>The outcome of parsing one cell: a typed value, an empty cell, or an error reason.</summary>
public readonly record struct CellValue
{
    /// <summary>Numeric value (numbers, Likert scores).</summary>
    public double? Number { get; init; }
    /// <summary>Text value (category codes, identifiers).</summary>
    public string? Text { get; init; }
    /// <summary>Checkbox value of a multi-response option.</summary>
    public bool? Flag { get; init; }
    /// <summary>Why the cell is invalid, or null when it is valid or empty.</summary>
    public string? Error { get; init; }
    /// <summary>
    /// True when the cell was empty (after missing-value tokens); an empty checkbox read as "not chosen" also keeps
    /// <see cref="Flag"/> false, so the row-level rule of its item can still tell it from an explicit "no".
    /// </summary>
    public bool IsEmpty { get; init; }
    /// <summary>The personal data the cell was refused for, or null.</summary>
    public PersonalDataFinding? PersonalData { get; init; }
    /// <summary>True when the value is no alias but equals one category after normalisation (reported as mapped automatically).</summary>
    public bool LooseMatch { get; init; }

    /// <summary>An empty cell.</summary>
    public static CellValue Empty => new() { IsEmpty = true };
    /// <summary>An invalid cell.</summary>
    public static CellValue Invalid(string reason) => new() { Error = reason };
    /// <summary>A cell refused because it looks like personal data.</summary>
    public static CellValue Personal(PersonalDataFinding finding) => new() { Error = finding.Reason, PersonalData = finding };
}
